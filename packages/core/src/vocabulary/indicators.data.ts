// Generated from shared/domain/indicators.json by scripts/generate-vocabulary.ts. Do not edit by hand.
import type { VocabularyEntry } from './types.js';

export const indicatorVocabulary: readonly VocabularyEntry[] = [
  {
    "code": "health.chronic-condition-poorly-managed",
    "label": "A chronic condition (asthma, diabetes, epilepsy...) is poorly managed by the carer",
    "kind": "observation",
    "when": "recorded by health or inferred from admissions and missed reviews",
    "source": "002 Hakeem SCR Finding 1; 000 Hakeem briefing key learning",
    "param": null
  },
  {
    "code": "health.asthma.reliever-overuse",
    "label": "More reliever inhalers dispensed than good control allows",
    "kind": "measure",
    "when": "reliever inhalers dispensed in a period exceed the parameter (default: more than one a month)",
    "source": "002 Hakeem SCR 12.15, Finding 5; NRAD (facts.md 6); NICE/BTS/SIGN NG245",
    "param": "relieverPerMonthMax = 1"
  },
  {
    "code": "health.asthma.preventer-undercollected",
    "label": "Preventer inhalers collected less often than prescribed",
    "kind": "measure",
    "when": "preventers dispensed below the parameter share of months in the period",
    "source": "002 Hakeem SCR 12.13, 12.15; NRAD",
    "param": "preventerShareMin = 0.8"
  },
  {
    "code": "health.asthma.no-current-action-plan",
    "label": "No personalised asthma action plan, or not reviewed in 12 months, or not shared with school",
    "kind": "observation",
    "when": "plan missing, older than 12 months, or not shared",
    "source": "002 Hakeem SCR 12.18-12.19, Finding 5; 000 Hakeem briefing improving practice",
    "param": null
  },
  {
    "code": "health.asthma.home-nebuliser",
    "label": "Nebuliser used at home outside a hospital treatment plan",
    "kind": "observation",
    "when": "nebules prescribed or a nebuliser used at home without a hospital plan",
    "source": "002 Hakeem SCR 12.13, Learning Point 8",
    "param": null
  },
  {
    "code": "health.emergency-care-no-follow-up",
    "label": "No clinical review after emergency care for a chronic condition",
    "kind": "observation",
    "when": "no review within 2 working days of emergency care, or child not brought to it",
    "source": "002 Hakeem SCR 12.17; NICE QS25 statement 4",
    "param": "followUpWorkingDays = 2"
  },
  {
    "code": "health.repeated-admissions",
    "label": "Repeated hospital admissions for the same condition",
    "kind": "measure",
    "when": "admissions in 12 months at or above the parameter",
    "source": "002 Hakeem SCR 12.14, 13.3",
    "param": "admissions12mMin = 2"
  },
  {
    "code": "health.repeated-emergency-attendances",
    "label": "Repeated emergency department attendances",
    "kind": "measure",
    "when": "ED attendances in 12 months at or above the parameter",
    "source": "004 Neglect learning summary accidents and injuries; 001 Child B LCSPR timeline",
    "param": "edAttendances12mMin = 3"
  },
  {
    "code": "health.was-not-brought-pattern",
    "label": "A pattern of the child not being brought to health appointments",
    "kind": "measure",
    "when": "share of health appointments attended below the parameter over at least 4 appointments",
    "source": "001 Child B LCSPR 4.2.2, 4.3.3, Learning Point 8; 004 Neglect learning summary missed appointments",
    "param": "appointmentsAttendedShareMin = 0.75"
  },
  {
    "code": "health.discharged-without-plan",
    "label": "Discharged from hospital without a plan that names the other agencies involved",
    "kind": "observation",
    "when": "admission for a chronic condition with no discharge plan shared",
    "source": "002 Hakeem SCR 12.14, Finding 1; 000 Hakeem briefing",
    "param": null
  },
  {
    "code": "health.complex-needs-unmet",
    "label": "Complex health or developmental needs go unmet because the child is not brought to the support arranged",
    "kind": "observation",
    "when": "support arranged but not taken up",
    "source": "001 Child B LCSPR 4.3.3, Learning Point 6",
    "param": null
  },
  {
    "code": "health.medication-ingestion",
    "label": "Child has ingested medicine or harmful substances",
    "kind": "observation",
    "when": "any ingestion, accidental or not",
    "source": "001 Child B LCSPR 2.7, 4.1.8, 4.1.16",
    "param": null
  },
  {
    "code": "health.dental-decay-untreated",
    "label": "Untreated tooth decay",
    "kind": "observation",
    "when": "decay without treatment",
    "source": "004 Neglect learning summary be aware of vulnerable children",
    "param": null
  },
  {
    "code": "health.growth-faltering",
    "label": "Weight or height falling across centiles, or failure to thrive",
    "kind": "observation",
    "when": "recorded by health",
    "source": "Buckinghamshire and Kent threshold descriptors (facts.md 2.2)",
    "param": null
  },
  {
    "code": "health.immunisations-or-checks-missed",
    "label": "Immunisations or developmental checks missed",
    "kind": "observation",
    "when": "recorded by health",
    "source": "Buckinghamshire and Hampshire threshold descriptors",
    "param": null
  },
  {
    "code": "health.medical-care-refused",
    "label": "Carer refuses medical care that the child needs",
    "kind": "observation",
    "when": "refusal endangers life or development",
    "source": "Buckinghamshire and Kent level 4 descriptors",
    "param": null
  },
  {
    "code": "care.hunger",
    "label": "Child is hungry or goes without meals",
    "kind": "observation",
    "when": "child says or is seen to be hungry, food-seeking, no meals at home",
    "source": "002 Hakeem SCR 5.7, 5.9; 001 Child B LCSPR 2.5",
    "param": null
  },
  {
    "code": "care.unkempt",
    "label": "Child is unkempt, unwashed or inadequately clothed",
    "kind": "observation",
    "when": "seen by a professional",
    "source": "002 Hakeem SCR 5.9, 5.15",
    "param": null
  },
  {
    "code": "care.utilities-cut-off",
    "label": "No heating, gas, electricity or water at home",
    "kind": "observation",
    "when": "reported or seen",
    "source": "002 Hakeem SCR 5.7; 004 Neglect learning summary Baby L",
    "param": null
  },
  {
    "code": "care.persistently-tired",
    "label": "Child is persistently tired",
    "kind": "observation",
    "when": "seen in school or nursery",
    "source": "002 Hakeem SCR 5.15",
    "param": null
  },
  {
    "code": "care.cannot-afford-basics",
    "label": "The family cannot afford the child's basics (food, nappies, heating, rent) or reports debts or benefit problems",
    "kind": "observation",
    "when": "told by the family or a referrer, or seen: arrears, debts, food bank use, no money for nappies or utilities (the household factor is household.financial-hardship)",
    "source": "001 Child B LCSPR 2.5, 4.1.3, 4.2.6",
    "param": null
  },
  {
    "code": "education.persistent-absence",
    "label": "Persistently absent from school",
    "kind": "measure",
    "when": "attendance at or below the parameter",
    "source": "DfE absence measures (facts.md 4.2); 002 Hakeem SCR 5.13, Finding 2",
    "param": "persistentAbsenceAttendanceMax = 0.90"
  },
  {
    "code": "education.severe-absence",
    "label": "Severely absent from school",
    "kind": "measure",
    "when": "attendance at or below the parameter",
    "source": "DfE absence measures (facts.md 4.2)",
    "param": "severeAbsenceAttendanceMax = 0.50"
  },
  {
    "code": "education.unauthorised-absence",
    "label": "Unauthorised absence at the level where a penalty notice must be considered",
    "kind": "measure",
    "when": "10 or more unauthorised sessions in a rolling 10 school weeks",
    "source": "Working Together to Improve School Attendance 2024 (facts.md 4.2)",
    "param": "unauthorisedSessionsIn10Weeks = 10"
  },
  {
    "code": "education.lateness-pattern",
    "label": "Often brought to school late",
    "kind": "measure",
    "when": "share of sessions late above the parameter",
    "source": "002 Hakeem SCR 5.13",
    "param": "latenessShareMax = 0.10"
  },
  {
    "code": "education.missing-from-education",
    "label": "Missing from school for days or weeks, whereabouts unclear",
    "kind": "observation",
    "when": "absent without known reason for 10 school days or more, or whereabouts unknown",
    "source": "002 Hakeem SCR 7.6, 9.3",
    "param": null
  },
  {
    "code": "education.early-years-not-brought",
    "label": "Below school age and not brought to the nursery or early-years support arranged",
    "kind": "observation",
    "when": "attendance at arranged early-years provision is low",
    "source": "001 Child B LCSPR 4.2.4, Learning Point 9",
    "param": null
  },
  {
    "code": "education.withdrawn-while-concerns",
    "label": "Withdrawn to home education, or a school place refused, while there are welfare concerns",
    "kind": "observation",
    "when": "withdrawal or refusal during open concerns",
    "source": "001 Child B LCSPR timeline (home schooling, transport sent away)",
    "param": null
  },
  {
    "code": "education.not-collected",
    "label": "Not collected from school, or collected by an adult unfit to care",
    "kind": "observation",
    "when": "late or unsafe collection",
    "source": "002 Hakeem SCR 4.4, 9.3",
    "param": null
  },
  {
    "code": "education.decline-in-progress",
    "label": "Falling behind or a marked change in behaviour at school",
    "kind": "observation",
    "when": "reported by school",
    "source": "002 Hakeem SCR 5.13",
    "param": null
  },
  {
    "code": "supervision.self-caring-young-child",
    "label": "A young child cares for themself, unsupervised",
    "kind": "observation",
    "when": "child under 10 left to look after themself",
    "source": "002 Hakeem SCR 5.7 ('I take care of myself whilst mum is asleep')",
    "param": null
  },
  {
    "code": "supervision.carer-incapacitated",
    "label": "Carer asleep, intoxicated or otherwise unable to care while responsible for the child",
    "kind": "observation",
    "when": "seen or reported",
    "source": "002 Hakeem SCR 5.16, 9.3",
    "param": null
  },
  {
    "code": "supervision.unsuitable-adults",
    "label": "Child exposed to adults who pose a risk",
    "kind": "observation",
    "when": "e.g. a registered sex offender, people using drugs in the home",
    "source": "002 Hakeem SCR 1.3, 7.6; 004 Neglect learning summary unsuitable adults",
    "param": null
  },
  {
    "code": "supervision.repeated-accidents",
    "label": "Repeated accidents or injuries suggesting lack of supervision",
    "kind": "observation",
    "when": "more than one accident in a short period",
    "source": "004 Neglect learning summary accidents and injuries; 001 Child B LCSPR timeline",
    "param": null
  },
  {
    "code": "safety.injury-unexplained",
    "label": "Injury with no explanation or an explanation that does not fit",
    "kind": "observation",
    "when": "bruising, fracture or burn not consistent with the account",
    "source": "Working Together to Safeguard Children (2018, 2023) (physical abuse); Kent level 4 descriptor (non-mobile baby with injury)",
    "param": null
  },
  {
    "code": "safety.injury-seen",
    "label": "Bruise, mark, burn or fracture seen on the child, or reported by someone who saw it, whatever explanation is given",
    "kind": "observation",
    "when": "any injury noted; add safety.injury-unexplained when the account is missing or does not fit",
    "source": "001 Child B LCSPR timeline 2021-2022 (visible injuries, emergency attendance with a head injury); Kent level 4 descriptor, non-mobile baby with bruise or injury (facts.md 2.2)",
    "param": null
  },
  {
    "code": "safety.disclosure",
    "label": "Child says they have been hurt or harmed",
    "kind": "observation",
    "when": "any disclosure, including through play",
    "source": "002 Hakeem SCR 7.6 (hand puppets), 9.1",
    "param": null
  },
  {
    "code": "safety.domestic-abuse-incident",
    "label": "Domestic abuse incident in the household",
    "kind": "observation",
    "when": "police call-out or report",
    "source": "002 Hakeem SCR 7.6; 001 Child B LCSPR 2.9",
    "param": null
  },
  {
    "code": "safety.immediate-danger",
    "label": "Child is in immediate danger now",
    "kind": "observation",
    "when": "needs protection today",
    "source": "Working Together to Safeguard Children (2018, 2023) (immediate protection, police protection s46)",
    "param": null
  },
  {
    "code": "safety.drugs-accessible",
    "label": "Drugs, drug paraphernalia or medicines within a child's reach",
    "kind": "observation",
    "when": "seen or reported",
    "source": "002 Hakeem SCR 1.3, 14.3; 001 Child B LCSPR 2.7",
    "param": null
  },
  {
    "code": "home.poor-conditions",
    "label": "Home conditions are poor: unhygienic, cluttered or unsafe",
    "kind": "observation",
    "when": "seen during a visit",
    "source": "004 Neglect learning summary Baby L; 002 Hakeem SCR 6.4",
    "param": null
  },
  {
    "code": "home.unsuitable-accommodation",
    "label": "Accommodation is unsuitable: overcrowded, shared, temporary",
    "kind": "observation",
    "when": "seen or reported",
    "source": "004 Neglect learning summary Baby L; 003 press note",
    "param": null
  },
  {
    "code": "home.main-home-not-seen",
    "label": "Professionals have not seen the main home where the child lives",
    "kind": "observation",
    "when": "visits happen elsewhere or access is refused",
    "source": "004 Neglect learning summary Baby L; 002 Hakeem SCR 10.5",
    "param": null
  },
  {
    "code": "emotional.child-expresses-fear-or-distress",
    "label": "Child says they are scared, unhappy or distressed",
    "kind": "observation",
    "when": "the child's own words or play",
    "source": "002 Hakeem SCR 5.7, 6.3",
    "param": null
  },
  {
    "code": "emotional.appears-sad-or-distressed",
    "label": "Staff see the child as sad, withdrawn or distressed",
    "kind": "observation",
    "when": "seen by a professional (the child's own words or play are emotional.child-expresses-fear-or-distress)",
    "source": "002 Hakeem SCR 5.15 (sad, sunken eyes)",
    "param": null
  },
  {
    "code": "emotional.witnesses-conflict",
    "label": "Child witnesses violence or fighting at home",
    "kind": "observation",
    "when": "reported by child or professionals",
    "source": "002 Hakeem SCR 6.4, 9.1",
    "param": null
  },
  {
    "code": "emotional.significant-loss",
    "label": "Child has lost a key person (parent imprisoned, bereavement)",
    "kind": "observation",
    "when": "recent loss",
    "source": "002 Hakeem SCR 6.1, 10.12, Finding 4",
    "param": null
  },
  {
    "code": "emotional.self-harm",
    "label": "Self-harm or suicidal thoughts",
    "kind": "observation",
    "when": "reported or seen",
    "source": "004 Neglect learning summary teenagers",
    "param": null
  },
  {
    "code": "development.delay",
    "label": "Developmental delay",
    "kind": "observation",
    "when": "identified by health or education",
    "source": "001 Child B LCSPR 2.3, 4.2.4",
    "param": null
  },
  {
    "code": "development.non-verbal",
    "label": "Child cannot tell professionals about their life in words",
    "kind": "observation",
    "when": "non-verbal, pre-verbal or communication needs",
    "source": "001 Child B LCSPR Learning Point 12",
    "param": null
  },
  {
    "code": "parent.substance-misuse-current",
    "label": "A parent or carer currently misuses drugs or alcohol",
    "kind": "factor",
    "when": "current use affecting care",
    "source": "002 Hakeem SCR 11; 004 Neglect learning summary risk factors; CIN census 1B/2B",
    "param": null
  },
  {
    "code": "parent.substance-misuse-historic",
    "label": "A parent or carer has a history of drug or alcohol misuse",
    "kind": "factor",
    "when": "past misuse, including completed treatment",
    "source": "001 Child B LCSPR 2.3; 002 Hakeem SCR 4.3",
    "param": null
  },
  {
    "code": "parent.treatment-disengaged",
    "label": "A parent has disengaged from drug or alcohol treatment",
    "kind": "factor",
    "when": "missed key-work, uncollected prescriptions, positive tests",
    "source": "002 Hakeem SCR 11.2, 11.6, 11.9",
    "param": null
  },
  {
    "code": "parent.mental-health",
    "label": "A parent or carer has mental ill health affecting care",
    "kind": "factor",
    "when": "diagnosed or reported",
    "source": "001 Child B LCSPR 4.3.5; CIN census 4B",
    "param": null
  },
  {
    "code": "parent.learning-disability",
    "label": "A parent or carer has a learning disability",
    "kind": "factor",
    "when": "assessed or reported",
    "source": "001 Child B LCSPR 4.1.6, 4.3.4; CIN census 5B",
    "param": null
  },
  {
    "code": "parent.domestic-abuse",
    "label": "Domestic abuse between adults in the household",
    "kind": "factor",
    "when": "victim or perpetrator",
    "source": "004 Neglect learning summary risk factors; CIN census 3B",
    "param": null
  },
  {
    "code": "parent.previous-children-removed",
    "label": "A parent has had children removed from their care",
    "kind": "factor",
    "when": "count of children removed",
    "source": "002 Hakeem SCR 4.2; 001 Child B LCSPR 2.3, 4.1.9",
    "param": null
  },
  {
    "code": "parent.imprisoned",
    "label": "A parent is in prison or on remand",
    "kind": "factor",
    "when": "current imprisonment",
    "source": "002 Hakeem SCR 10.9, Finding 4",
    "param": null
  },
  {
    "code": "parent.criminality",
    "label": "A parent has offending that bears on the child's safety",
    "kind": "factor",
    "when": "convictions or current investigation",
    "source": "001 Child B LCSPR 2.3",
    "param": null
  },
  {
    "code": "parent.hostile-to-professionals",
    "label": "A parent is hostile, volatile or intimidating towards professionals",
    "kind": "factor",
    "when": "recorded by any agency",
    "source": "002 Hakeem SCR 8.1",
    "param": null
  },
  {
    "code": "parent.young-parent",
    "label": "Young parent",
    "kind": "factor",
    "when": "parent under 20 (or under the framework's age)",
    "source": "004 Neglect learning summary risk factors",
    "param": null
  },
  {
    "code": "parent.postnatal-depression",
    "label": "Postnatal or maternal depression",
    "kind": "factor",
    "when": "reported",
    "source": "004 Neglect learning summary risk factors",
    "param": null
  },
  {
    "code": "household.financial-hardship",
    "label": "Debt, poverty or financial crisis",
    "kind": "factor",
    "when": "reported",
    "source": "001 Child B LCSPR 4.2.6; 004 Neglect learning summary risk factors",
    "param": null
  },
  {
    "code": "household.housing-instability",
    "label": "Homelessness, temporary accommodation or frequent moves",
    "kind": "factor",
    "when": "reported",
    "source": "004 Neglect learning summary risk factors; 003 press note",
    "param": null
  },
  {
    "code": "household.multiple-adult-factors",
    "label": "Two or more of substance misuse, mental ill health, domestic abuse and learning disability co-exist",
    "kind": "factor",
    "when": "derived from the factors above",
    "source": "001 Child B LCSPR Learning Point 4; 004 Neglect learning summary risk factors",
    "param": null
  },
  {
    "code": "household.new-baby-or-pregnancy",
    "label": "A new baby or pregnancy in a household already under strain",
    "kind": "factor",
    "when": "pregnancy or birth",
    "source": "001 Child B LCSPR 4.1.9, Learning Point 4",
    "param": null
  },
  {
    "code": "household.new-partner",
    "label": "A new partner in the household who has not been assessed",
    "kind": "factor",
    "when": "reported",
    "source": "001 Child B LCSPR 4.2.2",
    "param": null
  },
  {
    "code": "engagement.access-refused",
    "label": "The child is not seen, or access to the home is refused",
    "kind": "observation",
    "when": "visits failed or refused",
    "source": "002 Hakeem SCR 8.5, 10.5",
    "param": null
  },
  {
    "code": "engagement.disguised-compliance",
    "label": "Parents appear to co-operate but nothing changes for the child",
    "kind": "observation",
    "when": "e.g. welcome home visits yet the child is not brought to appointments",
    "source": "001 Child B LCSPR 4.2.3, 4.2.7, Learning Point 8; 004 Neglect learning summary disguised compliance",
    "param": null
  },
  {
    "code": "engagement.consent-refused",
    "label": "A parent refuses consent for an assessment or for information sharing",
    "kind": "observation",
    "when": "refusal recorded",
    "source": "002 Hakeem SCR 6.2",
    "param": null
  },
  {
    "code": "engagement.non-engagement",
    "label": "Persistent non-engagement with the services put in place",
    "kind": "observation",
    "when": "appointments and plans repeatedly not kept",
    "source": "002 Hakeem SCR 8.1, Learning Point 5",
    "param": null
  },
  {
    "code": "engagement.improvement-not-sustained",
    "label": "Improvement followed by deterioration",
    "kind": "observation",
    "when": "a pattern over time",
    "source": "004 Neglect learning summary risk factors, assess capacity to change",
    "param": null
  },
  {
    "code": "engagement.hostile-or-intimidating",
    "label": "A parent is hostile, aggressive or intimidating towards staff",
    "kind": "observation",
    "when": "seen or reported by any agency (the parent factor is parent.hostile-to-professionals)",
    "source": "002 Hakeem SCR 8.1, 9.3 (child released to avoid a confrontation)",
    "param": null
  },
  {
    "code": "history.previous-cp-plan",
    "label": "The child has been on a child protection plan before",
    "kind": "history",
    "when": "any previous plan, with category and dates",
    "source": "002 Hakeem SCR 1.4; 001 Child B LCSPR 2.3",
    "param": null
  },
  {
    "code": "history.repeat-cp-plans-neglect",
    "label": "Two or more previous child protection plans for neglect in the family",
    "kind": "history",
    "when": "count of neglect plans for the child or siblings",
    "source": "002 Hakeem SCR 4.3",
    "param": null
  },
  {
    "code": "history.previous-cin",
    "label": "The child has had a child in need plan before",
    "kind": "history",
    "when": "any previous CIN episode",
    "source": "001 Child B LCSPR 2.3-2.4",
    "param": null
  },
  {
    "code": "history.repeat-contacts",
    "label": "Repeated contacts or referrals about the child",
    "kind": "history",
    "when": "contacts in 12 months at or above the parameter",
    "source": "001 Child B LCSPR 4.1.4, Learning Point 1",
    "param": "contacts12mMin = 3"
  },
  {
    "code": "history.re-referral-after-closure",
    "label": "Referred again soon after a case was closed or stepped down",
    "kind": "history",
    "when": "within the parameter months of closure",
    "source": "Royal Greenwich / Hackney MASH practice (facts.md summary D)",
    "param": "reReferralMonths = 12"
  },
  {
    "code": "history.moved-between-authorities",
    "label": "The family moved between local authorities; history is held elsewhere",
    "kind": "history",
    "when": "a move in the child's lifetime",
    "source": "001 Child B LCSPR 2.4, 4.1.4",
    "param": null
  },
  {
    "code": "history.sibling-open-case",
    "label": "A sibling or other child in the household has an open plan",
    "kind": "history",
    "when": "sibling on CIN or CP plan",
    "source": "002 Hakeem SCR 5.12, 6.2, Learning Point 2",
    "param": null
  },
  {
    "code": "history.unborn-plan",
    "label": "The child was on a plan before birth",
    "kind": "history",
    "when": "pre-birth CP plan",
    "source": "001 Child B LCSPR 2.3",
    "param": null
  },
  {
    "code": "unborn.risk-factors",
    "label": "Pregnancy in a household with factors that call for a pre-birth assessment",
    "kind": "history",
    "when": "e.g. previous children removed, substance misuse, learning disability with mental ill health, domestic abuse",
    "source": "001 Child B LCSPR 4.1.9-4.1.10, Learning Point 5",
    "param": null
  },
  {
    "code": "unborn.late-or-concealed",
    "label": "Pregnancy booked late or concealed",
    "kind": "observation",
    "when": "booking after 20 weeks or concealment",
    "source": "Pre-birth procedures (facts.md 1.8)",
    "param": null
  },
  {
    "code": "gap.history-not-checked",
    "label": "Previous records, referrals and plans have not been checked",
    "kind": "gap",
    "when": "no record of history checks for this contact",
    "source": "001 Child B LCSPR Learning Points 1-2, Systems 1",
    "param": null
  },
  {
    "code": "gap.other-authority-not-checked",
    "label": "The previous local authority has not been asked for its records",
    "kind": "gap",
    "when": "history.moved-between-authorities without a check",
    "source": "001 Child B LCSPR 4.1.4",
    "param": null
  },
  {
    "code": "gap.father-not-consulted",
    "label": "The child's father (resident or not, including in prison) has not been asked or informed",
    "kind": "gap",
    "when": "no record of contact with the birth father",
    "source": "002 Hakeem SCR 10.8-10.12, Finding 4; 000 Hakeem briefing",
    "param": null
  },
  {
    "code": "gap.extended-family-not-considered",
    "label": "Extended family and community support have not been considered",
    "kind": "gap",
    "when": "no record",
    "source": "002 Hakeem SCR 10.8, Finding 4",
    "param": null
  },
  {
    "code": "gap.adult-services-not-consulted",
    "label": "Services working with a parent (drug, alcohol, mental health, learning disability) have not been consulted",
    "kind": "gap",
    "when": "a parent factor is present and the adult service is not among those consulted",
    "source": "001 Child B LCSPR 4.3.4, Learning Point 11; 002 Hakeem SCR 7.10, 11.5",
    "param": null
  },
  {
    "code": "gap.health-not-consulted",
    "label": "GP, health visitor or school nurse not consulted",
    "kind": "gap",
    "when": "no health agency consulted",
    "source": "002 Hakeem SCR 7.8, Finding 6",
    "param": null
  },
  {
    "code": "gap.school-not-consulted",
    "label": "School or nursery not consulted",
    "kind": "gap",
    "when": "no education agency consulted for a child of school or nursery age",
    "source": "002 Hakeem SCR Finding 2",
    "param": null
  },
  {
    "code": "gap.child-not-seen-alone",
    "label": "The child has not been seen alone recently",
    "kind": "gap",
    "when": "days since seen alone exceed the parameter for the plan type",
    "source": "002 Hakeem SCR 8.5, 10.2-10.3, Finding 3",
    "param": "cinSeenAloneDaysMax = 42; cpSeenAloneWorkingDaysMax = 10"
  },
  {
    "code": "gap.child-voice-not-sought",
    "label": "The child's own views and daily experience have not been recorded",
    "kind": "gap",
    "when": "no child's words or observation of daily life",
    "source": "002 Hakeem SCR 5.21, Finding 3; 001 Child B LCSPR Learning Point 12",
    "param": null
  },
  {
    "code": "gap.home-not-visited",
    "label": "The home has not been seen",
    "kind": "gap",
    "when": "no home visit on record",
    "source": "004 Neglect learning summary Baby L",
    "param": null
  },
  {
    "code": "gap.discharge-plan-missing",
    "label": "No discharge plan or safeguarding information from the hospital",
    "kind": "gap",
    "when": "recent admission without one",
    "source": "002 Hakeem SCR 12.14",
    "param": null
  },
  {
    "code": "gap.parental-factors-unknown",
    "label": "Parents' circumstances (drugs, alcohol, mental health, domestic abuse, learning disability) are not known",
    "kind": "gap",
    "when": "the referrer was not asked",
    "source": "Sussex CP procedures 4.1 (facts.md 1.1)",
    "param": null
  },
  {
    "code": "action.assess-child-in-own-right",
    "label": "Assess this child in their own right, with their own plan; consider a separate worker",
    "kind": "action",
    "when": "a sibling already has a plan and this child's needs differ",
    "source": "002 Hakeem SCR Learning Point 2; 000 Hakeem briefing",
    "param": null
  },
  {
    "code": "action.inform-and-involve-father",
    "label": "Inform and involve the birth father and consider paternal family",
    "kind": "action",
    "when": "gap.father-not-consulted",
    "source": "002 Hakeem SCR Finding 4",
    "param": null
  },
  {
    "code": "action.share-without-consent",
    "label": "Share information now: consent is not needed where a child may be at risk of significant harm",
    "kind": "action",
    "when": "significant harm suspected and consent refused or not sought",
    "source": "002 Hakeem SCR 12.14; information-sharing guidance (facts.md 1.7)",
    "param": null
  },
  {
    "code": "action.immediate-safety-plan",
    "label": "Make an immediate safety plan and consider removal the same day",
    "kind": "action",
    "when": "safety scaling at or below the parameter",
    "source": "002 Hakeem SCR 9.6-9.7, Learning Point 6",
    "param": "safetyScalingImmediateMax = 2"
  },
  {
    "code": "action.review-before-closure",
    "label": "Hold a multi-agency review before the case is closed, stepped down or transferred",
    "kind": "action",
    "when": "closure or step-down proposed",
    "source": "004 Neglect learning summary case drift",
    "param": null
  },
  {
    "code": "action.pre-birth-assessment",
    "label": "Refer for a pre-birth assessment under the unborn baby procedures",
    "kind": "action",
    "when": "unborn.risk-factors",
    "source": "001 Child B LCSPR 4.1.9-4.1.10, Learning Point 5",
    "param": null
  },
  {
    "code": "action.urgent-clinical-review",
    "label": "Arrange an urgent clinical review of the child's condition",
    "kind": "action",
    "when": "health.emergency-care-no-follow-up or repeated admissions",
    "source": "002 Hakeem SCR 12.17; NICE QS25",
    "param": null
  },
  {
    "code": "action.update-share-health-plan",
    "label": "Update the child's health or asthma action plan and share it with school and school nurse",
    "kind": "action",
    "when": "health.asthma.no-current-action-plan",
    "source": "002 Hakeem SCR Finding 5",
    "param": null
  },
  {
    "code": "action.link-attendance-and-welfare",
    "label": "Join up school attendance action with the social worker and health",
    "kind": "action",
    "when": "absence while on a plan or with welfare concerns",
    "source": "002 Hakeem SCR Finding 2",
    "param": null
  },
  {
    "code": "action.strategy-discussion",
    "label": "Hold a strategy discussion",
    "kind": "action",
    "when": "reasonable cause to suspect significant harm",
    "source": "Working Together to Safeguard Children (2018, 2023)",
    "param": null
  },
  {
    "code": "action.escalate-next-stage",
    "label": "Escalate the disagreement to the next stage",
    "kind": "action",
    "when": "stage deadline passed without resolution, or the response does not address the child's safety",
    "source": "Resolution of professional disagreements procedures (facts.md 3)",
    "param": null
  },
  {
    "code": "action.urgent-referral-bypass",
    "label": "Child at immediate risk: refer urgently or call the police now, and escalate in parallel",
    "kind": "action",
    "when": "safety.immediate-danger during a disagreement",
    "source": "London procedures PA4; Lincolnshire protocol (facts.md 3)",
    "param": null
  },
  {
    "code": "clock.referral-decision",
    "label": "Decision on a referral due within 1 working day",
    "kind": "clock",
    "when": "from receipt",
    "source": "Working Together to Safeguard Children (2018, 2023)",
    "param": "referralDecisionWorkingDays = 1"
  },
  {
    "code": "clock.assessment",
    "label": "Assessment due within 45 working days of referral",
    "kind": "clock",
    "when": "from referral",
    "source": "Working Together to Safeguard Children (2018, 2023)",
    "param": "assessmentWorkingDays = 45"
  },
  {
    "code": "clock.icpc",
    "label": "Initial child protection conference due within 15 working days of the strategy discussion",
    "kind": "clock",
    "when": "from the strategy discussion that started s47 enquiries",
    "source": "Working Together to Safeguard Children (2018, 2023)",
    "param": "icpcWorkingDays = 15"
  },
  {
    "code": "clock.core-group",
    "label": "First core group due within 10 working days of the conference",
    "kind": "clock",
    "when": "from ICPC",
    "source": "Working Together to Safeguard Children (2018, 2023)",
    "param": "coreGroupWorkingDays = 10"
  },
  {
    "code": "clock.cin-plan",
    "label": "Child in need plan written and shared within 10 working days of the assessment",
    "kind": "clock",
    "when": "from assessment completion",
    "source": "002 Hakeem SCR 10.3-10.4",
    "param": "cinPlanWorkingDays = 10"
  },
  {
    "code": "clock.cin-visit",
    "label": "Child in need seen at least every 6 weeks",
    "kind": "clock",
    "when": "from last visit",
    "source": "002 Hakeem SCR 10.3",
    "param": "cinVisitDays = 42"
  },
  {
    "code": "clock.escalation-stage",
    "label": "Escalation stage response due",
    "kind": "clock",
    "when": "from the start of the stage",
    "source": "Resolution of professional disagreements procedures (facts.md 3)",
    "param": "stageWorkingDays = [5, 5, 5, 10] (London: a working week each; Lincolnshire 2/5/2)"
  }
];
