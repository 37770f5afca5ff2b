/**
 * England and Wales bank holidays, 2015 to 2030, frozen so that working days can be counted offline
 * and the same dates give the same deadlines on every machine.
 *
 * Source: GOV.UK's bank holiday feed (https://www.gov.uk/bank-holidays.json), "england-and-wales"
 * division. The years 2022 to 2025 are the dates data-to-insight froze from that feed for the
 * children in need census validator (csc-validator-be-cin, cin_validator/england_holidates.py);
 * 2018 to 2021 were checked against public copies of the same feed. The other years (2015 to 2017,
 * 2026 to 2030) follow the Banking and Financial Dealings Act 1971 schedule: New Year's Day, Good
 * Friday, Easter Monday, the first Monday in May, the last Mondays in May and August, Christmas Day
 * and Boxing Day, with a weekday substitute when one of the fixed days falls at a weekend. One-off
 * days come from royal proclamations: 8 May 2020 (early May bank holiday moved for VE day),
 * 2 and 3 June 2022 (spring bank holiday moved, Platinum Jubilee), 19 September 2022 (State
 * Funeral of Queen Elizabeth II) and 8 May 2023 (Coronation of King Charles III).
 *
 * Titles follow GOV.UK's wording; a substitute day is titled "<holiday> (substitute day)".
 * Only weekdays are listed: a holiday that falls at a weekend appears as its substitute Monday or
 * Tuesday. The whole table is cross-checked year by year against the npm package date-holidays
 * 3.37.0 in test/calendar/date-holidays-crosscheck.test.ts.
 *
 * A future proclamation (a new one-off bank holiday, or a holiday moved) will not be here: when one
 * is announced, add it, and the cross-check test will say whether date-holidays agrees.
 */

/** One bank holiday: its date (YYYY-MM-DD) and its title as GOV.UK gives it. */
export interface BankHoliday {
  readonly date: string;
  readonly title: string;
}

/** The first calendar year the table covers completely. */
export const FIRST_COVERED_YEAR = 2015;

/** The last calendar year the table covers completely. */
export const LAST_COVERED_YEAR = 2030;

/** England and Wales bank holidays 2015–2030, in date order, frozen. */
export const BANK_HOLIDAYS_ENGLAND_AND_WALES: readonly BankHoliday[] = Object.freeze(
  [
    // 2015
    { date: '2015-01-01', title: 'New Year’s Day' },
    { date: '2015-04-03', title: 'Good Friday' },
    { date: '2015-04-06', title: 'Easter Monday' },
    { date: '2015-05-04', title: 'Early May bank holiday' },
    { date: '2015-05-25', title: 'Spring bank holiday' },
    { date: '2015-08-31', title: 'Summer bank holiday' },
    { date: '2015-12-25', title: 'Christmas Day' },
    { date: '2015-12-28', title: 'Boxing Day (substitute day)' },
    // 2016
    { date: '2016-01-01', title: 'New Year’s Day' },
    { date: '2016-03-25', title: 'Good Friday' },
    { date: '2016-03-28', title: 'Easter Monday' },
    { date: '2016-05-02', title: 'Early May bank holiday' },
    { date: '2016-05-30', title: 'Spring bank holiday' },
    { date: '2016-08-29', title: 'Summer bank holiday' },
    { date: '2016-12-26', title: 'Boxing Day' },
    { date: '2016-12-27', title: 'Christmas Day (substitute day)' },
    // 2017
    { date: '2017-01-02', title: 'New Year’s Day (substitute day)' },
    { date: '2017-04-14', title: 'Good Friday' },
    { date: '2017-04-17', title: 'Easter Monday' },
    { date: '2017-05-01', title: 'Early May bank holiday' },
    { date: '2017-05-29', title: 'Spring bank holiday' },
    { date: '2017-08-28', title: 'Summer bank holiday' },
    { date: '2017-12-25', title: 'Christmas Day' },
    { date: '2017-12-26', title: 'Boxing Day' },
    // 2018
    { date: '2018-01-01', title: 'New Year’s Day' },
    { date: '2018-03-30', title: 'Good Friday' },
    { date: '2018-04-02', title: 'Easter Monday' },
    { date: '2018-05-07', title: 'Early May bank holiday' },
    { date: '2018-05-28', title: 'Spring bank holiday' },
    { date: '2018-08-27', title: 'Summer bank holiday' },
    { date: '2018-12-25', title: 'Christmas Day' },
    { date: '2018-12-26', title: 'Boxing Day' },
    // 2019
    { date: '2019-01-01', title: 'New Year’s Day' },
    { date: '2019-04-19', title: 'Good Friday' },
    { date: '2019-04-22', title: 'Easter Monday' },
    { date: '2019-05-06', title: 'Early May bank holiday' },
    { date: '2019-05-27', title: 'Spring bank holiday' },
    { date: '2019-08-26', title: 'Summer bank holiday' },
    { date: '2019-12-25', title: 'Christmas Day' },
    { date: '2019-12-26', title: 'Boxing Day' },
    // 2020
    { date: '2020-01-01', title: 'New Year’s Day' },
    { date: '2020-04-10', title: 'Good Friday' },
    { date: '2020-04-13', title: 'Easter Monday' },
    { date: '2020-05-08', title: 'Early May bank holiday (VE day)' },
    { date: '2020-05-25', title: 'Spring bank holiday' },
    { date: '2020-08-31', title: 'Summer bank holiday' },
    { date: '2020-12-25', title: 'Christmas Day' },
    { date: '2020-12-28', title: 'Boxing Day (substitute day)' },
    // 2021
    { date: '2021-01-01', title: 'New Year’s Day' },
    { date: '2021-04-02', title: 'Good Friday' },
    { date: '2021-04-05', title: 'Easter Monday' },
    { date: '2021-05-03', title: 'Early May bank holiday' },
    { date: '2021-05-31', title: 'Spring bank holiday' },
    { date: '2021-08-30', title: 'Summer bank holiday' },
    { date: '2021-12-27', title: 'Christmas Day (substitute day)' },
    { date: '2021-12-28', title: 'Boxing Day (substitute day)' },
    // 2022
    { date: '2022-01-03', title: 'New Year’s Day (substitute day)' },
    { date: '2022-04-15', title: 'Good Friday' },
    { date: '2022-04-18', title: 'Easter Monday' },
    { date: '2022-05-02', title: 'Early May bank holiday' },
    { date: '2022-06-02', title: 'Spring bank holiday' },
    { date: '2022-06-03', title: 'Platinum Jubilee bank holiday' },
    { date: '2022-08-29', title: 'Summer bank holiday' },
    { date: '2022-09-19', title: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
    { date: '2022-12-26', title: 'Boxing Day' },
    { date: '2022-12-27', title: 'Christmas Day (substitute day)' },
    // 2023
    { date: '2023-01-02', title: 'New Year’s Day (substitute day)' },
    { date: '2023-04-07', title: 'Good Friday' },
    { date: '2023-04-10', title: 'Easter Monday' },
    { date: '2023-05-01', title: 'Early May bank holiday' },
    { date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III' },
    { date: '2023-05-29', title: 'Spring bank holiday' },
    { date: '2023-08-28', title: 'Summer bank holiday' },
    { date: '2023-12-25', title: 'Christmas Day' },
    { date: '2023-12-26', title: 'Boxing Day' },
    // 2024
    { date: '2024-01-01', title: 'New Year’s Day' },
    { date: '2024-03-29', title: 'Good Friday' },
    { date: '2024-04-01', title: 'Easter Monday' },
    { date: '2024-05-06', title: 'Early May bank holiday' },
    { date: '2024-05-27', title: 'Spring bank holiday' },
    { date: '2024-08-26', title: 'Summer bank holiday' },
    { date: '2024-12-25', title: 'Christmas Day' },
    { date: '2024-12-26', title: 'Boxing Day' },
    // 2025
    { date: '2025-01-01', title: 'New Year’s Day' },
    { date: '2025-04-18', title: 'Good Friday' },
    { date: '2025-04-21', title: 'Easter Monday' },
    { date: '2025-05-05', title: 'Early May bank holiday' },
    { date: '2025-05-26', title: 'Spring bank holiday' },
    { date: '2025-08-25', title: 'Summer bank holiday' },
    { date: '2025-12-25', title: 'Christmas Day' },
    { date: '2025-12-26', title: 'Boxing Day' },
    // 2026
    { date: '2026-01-01', title: 'New Year’s Day' },
    { date: '2026-04-03', title: 'Good Friday' },
    { date: '2026-04-06', title: 'Easter Monday' },
    { date: '2026-05-04', title: 'Early May bank holiday' },
    { date: '2026-05-25', title: 'Spring bank holiday' },
    { date: '2026-08-31', title: 'Summer bank holiday' },
    { date: '2026-12-25', title: 'Christmas Day' },
    { date: '2026-12-28', title: 'Boxing Day (substitute day)' },
    // 2027
    { date: '2027-01-01', title: 'New Year’s Day' },
    { date: '2027-03-26', title: 'Good Friday' },
    { date: '2027-03-29', title: 'Easter Monday' },
    { date: '2027-05-03', title: 'Early May bank holiday' },
    { date: '2027-05-31', title: 'Spring bank holiday' },
    { date: '2027-08-30', title: 'Summer bank holiday' },
    { date: '2027-12-27', title: 'Christmas Day (substitute day)' },
    { date: '2027-12-28', title: 'Boxing Day (substitute day)' },
    // 2028
    { date: '2028-01-03', title: 'New Year’s Day (substitute day)' },
    { date: '2028-04-14', title: 'Good Friday' },
    { date: '2028-04-17', title: 'Easter Monday' },
    { date: '2028-05-01', title: 'Early May bank holiday' },
    { date: '2028-05-29', title: 'Spring bank holiday' },
    { date: '2028-08-28', title: 'Summer bank holiday' },
    { date: '2028-12-25', title: 'Christmas Day' },
    { date: '2028-12-26', title: 'Boxing Day' },
    // 2029
    { date: '2029-01-01', title: 'New Year’s Day' },
    { date: '2029-03-30', title: 'Good Friday' },
    { date: '2029-04-02', title: 'Easter Monday' },
    { date: '2029-05-07', title: 'Early May bank holiday' },
    { date: '2029-05-28', title: 'Spring bank holiday' },
    { date: '2029-08-27', title: 'Summer bank holiday' },
    { date: '2029-12-25', title: 'Christmas Day' },
    { date: '2029-12-26', title: 'Boxing Day' },
    // 2030
    { date: '2030-01-01', title: 'New Year’s Day' },
    { date: '2030-04-19', title: 'Good Friday' },
    { date: '2030-04-22', title: 'Easter Monday' },
    { date: '2030-05-06', title: 'Early May bank holiday' },
    { date: '2030-05-27', title: 'Spring bank holiday' },
    { date: '2030-08-26', title: 'Summer bank holiday' },
    { date: '2030-12-25', title: 'Christmas Day' },
    { date: '2030-12-26', title: 'Boxing Day' },
  ].map((holiday) => Object.freeze(holiday)),
);
