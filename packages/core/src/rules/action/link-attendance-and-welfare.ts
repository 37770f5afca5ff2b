import { defineRule } from '../define.js';
import { readMeasure } from '../view.js';

const attendance = [
  'education.persistent-absence',
  'education.severe-absence',
  'education.unauthorised-absence',
  'education.missing-from-education',
  'education.early-years-not-brought',
  'education.withdrawn-while-concerns',
];
const welfare = ['care.', 'health.', 'emotional.', 'safety.', 'supervision.', 'home.', 'development.'];

/** `action.link-attendance-and-welfare`: absence together with welfare concerns. */
export const actionLinkAttendanceAndWelfare = defineRule({
  id: 'action.link-attendance-and-welfare',
  condition:
    'There is an attendance concern (a finding, or a concern recorded under education) and, alongside it, a concern about the child’s welfare.',
  evaluate: (ctx) => {
    const absence = attendance.filter((c) => ctx.findings.has(c));
    // An education note counts unless attendance is measured and above the persistent-absence line.
    const measured = readMeasure(ctx.facts.measures.schoolAttendancePct, 'low');
    const attendanceFine = measured !== null && measured.value / 100 > ctx.param('persistentAbsenceAttendanceMax').value;
    const educationConcerns = attendanceFine
      ? []
      : ctx.facts.currentConcerns.filter((c) => c.domain === 'education').map((c) => c.description);
    const welfareFound = [...ctx.findings.keys()].filter((c) => welfare.some((w) => c.startsWith(w)));
    if ((absence.length === 0 && educationConcerns.length === 0) || welfareFound.length === 0) return null;
    return {
      evidence: [
        ...absence.map((c) => `Attendance: ${c}`),
        ...educationConcerns.map((d) => `School: ${d}`),
        `Welfare: ${welfareFound.join(', ')}`,
      ],
      sentence:
        'Join up the school’s attendance action with social care and health: the child’s absence is part of the welfare picture, not a separate problem.',
    };
  },
});
