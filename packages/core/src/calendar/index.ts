export {
  BANK_HOLIDAYS_ENGLAND_AND_WALES,
  type BankHoliday,
  FIRST_COVERED_YEAR,
  LAST_COVERED_YEAR,
} from './bank-holidays.js';
export {
  addDays,
  addMonths,
  addWorkingDays,
  bankHolidayOn,
  describeConvention,
  isBankHoliday,
  isWeekend,
  isWorkingDay,
  type TriggerDay,
  workingDaysBetween,
} from './working-days.js';
