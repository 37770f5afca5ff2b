/**
 * The rule catalogue: one rule per file, in the order they run. Finding rules that read other
 * findings come after them (the inferred chronic-condition rule after admissions and
 * was-not-brought; household and unborn rules after parent factors); gap rules see every finding;
 * action rules see findings, gaps and the recommendation.
 */
import { healthEmergencyCareNoFollowUp } from './health/emergency-care-no-follow-up.js';
import { healthDischargedWithoutPlan } from './health/discharged-without-plan.js';
import { healthComplexNeedsUnmet } from './health/complex-needs-unmet.js';
import { healthMedicationIngestion } from './health/medication-ingestion.js';
import { healthDentalDecayUntreated } from './health/dental-decay-untreated.js';
import { healthGrowthFaltering } from './health/growth-faltering.js';
import { healthImmunisationsOrChecksMissed } from './health/immunisations-or-checks-missed.js';
import { healthMedicalCareRefused } from './health/medical-care-refused.js';
import { healthAsthmaHomeNebuliser } from './health/asthma-home-nebuliser.js';
import { healthAsthmaRelieverOveruse } from './health/asthma-reliever-overuse.js';
import { healthAsthmaPreventerUndercollected } from './health/asthma-preventer-undercollected.js';
import { healthAsthmaNoCurrentActionPlan } from './health/asthma-no-current-action-plan.js';
import { healthRepeatedAdmissions } from './health/repeated-admissions.js';
import { healthRepeatedEmergencyAttendances } from './health/repeated-emergency-attendances.js';
import { healthWasNotBroughtPattern } from './health/was-not-brought-pattern.js';
import { healthChronicConditionPoorlyManaged } from './health/chronic-condition-poorly-managed.js';
import { careCannotAffordBasics } from './care/cannot-afford-basics.js';
import { careHunger } from './care/hunger.js';
import { carePersistentlyTired } from './care/persistently-tired.js';
import { careUnkempt } from './care/unkempt.js';
import { careUtilitiesCutOff } from './care/utilities-cut-off.js';
import { educationDeclineInProgress } from './education/decline-in-progress.js';
import { educationEarlyYearsNotBrought } from './education/early-years-not-brought.js';
import { educationLatenessPattern } from './education/lateness-pattern.js';
import { educationMissingFromEducation } from './education/missing-from-education.js';
import { educationNotCollected } from './education/not-collected.js';
import { educationPersistentAbsence } from './education/persistent-absence.js';
import { educationSevereAbsence } from './education/severe-absence.js';
import { educationUnauthorisedAbsence } from './education/unauthorised-absence.js';
import { educationWithdrawnWhileConcerns } from './education/withdrawn-while-concerns.js';
import { supervisionCarerIncapacitated } from './supervision/carer-incapacitated.js';
import { supervisionRepeatedAccidents } from './supervision/repeated-accidents.js';
import { supervisionSelfCaringYoungChild } from './supervision/self-caring-young-child.js';
import { supervisionUnsuitableAdults } from './supervision/unsuitable-adults.js';
import { safetyDisclosure } from './safety/disclosure.js';
import { safetyDomesticAbuseIncident } from './safety/domestic-abuse-incident.js';
import { safetyDrugsAccessible } from './safety/drugs-accessible.js';
import { safetyImmediateDanger } from './safety/immediate-danger.js';
import { safetyInjurySeen } from './safety/injury-seen.js';
import { safetyInjuryUnexplained } from './safety/injury-unexplained.js';
import { homeMainHomeNotSeen } from './home/main-home-not-seen.js';
import { homePoorConditions } from './home/poor-conditions.js';
import { homeUnsuitableAccommodation } from './home/unsuitable-accommodation.js';
import { emotionalAppearsSadOrDistressed } from './emotional/appears-sad-or-distressed.js';
import { emotionalChildExpressesFearOrDistress } from './emotional/child-expresses-fear-or-distress.js';
import { emotionalSelfHarm } from './emotional/self-harm.js';
import { emotionalSignificantLoss } from './emotional/significant-loss.js';
import { emotionalWitnessesConflict } from './emotional/witnesses-conflict.js';
import { developmentDelay } from './development/delay.js';
import { developmentNonVerbal } from './development/non-verbal.js';
import { engagementAccessRefused } from './engagement/access-refused.js';
import { engagementConsentRefused } from './engagement/consent-refused.js';
import { engagementDisguisedCompliance } from './engagement/disguised-compliance.js';
import { engagementHostileOrIntimidating } from './engagement/hostile-or-intimidating.js';
import { engagementImprovementNotSustained } from './engagement/improvement-not-sustained.js';
import { engagementNonEngagement } from './engagement/non-engagement.js';
import { parentSubstanceMisuseCurrent } from './parent/substance-misuse-current.js';
import { parentSubstanceMisuseHistoric } from './parent/substance-misuse-historic.js';
import { parentTreatmentDisengaged } from './parent/treatment-disengaged.js';
import { parentMentalHealth } from './parent/mental-health.js';
import { parentLearningDisability } from './parent/learning-disability.js';
import { parentDomesticAbuse } from './parent/domestic-abuse.js';
import { parentPreviousChildrenRemoved } from './parent/previous-children-removed.js';
import { parentImprisoned } from './parent/imprisoned.js';
import { parentCriminality } from './parent/criminality.js';
import { parentHostileToProfessionals } from './parent/hostile-to-professionals.js';
import { parentYoungParent } from './parent/young-parent.js';
import { parentPostnatalDepression } from './parent/postnatal-depression.js';
import { householdFinancialHardship } from './household/financial-hardship.js';
import { householdHousingInstability } from './household/housing-instability.js';
import { householdMultipleAdultFactors } from './household/multiple-adult-factors.js';
import { householdNewPartner } from './household/new-partner.js';
import { householdNewBabyOrPregnancy } from './household/new-baby-or-pregnancy.js';
import { historyPreviousCpPlan } from './history/previous-cp-plan.js';
import { historyRepeatCpPlansNeglect } from './history/repeat-cp-plans-neglect.js';
import { historyPreviousCin } from './history/previous-cin.js';
import { historyRepeatContacts } from './history/repeat-contacts.js';
import { historyReReferralAfterClosure } from './history/re-referral-after-closure.js';
import { historyMovedBetweenAuthorities } from './history/moved-between-authorities.js';
import { historySiblingOpenCase } from './history/sibling-open-case.js';
import { historyUnbornPlan } from './history/unborn-plan.js';
import { unbornLateOrConcealed } from './unborn/late-or-concealed.js';
import { unbornRiskFactors } from './unborn/risk-factors.js';
import { gapAdultServicesNotConsulted } from './gap/adult-services-not-consulted.js';
import { gapChildNotSeenAlone } from './gap/child-not-seen-alone.js';
import { gapChildVoiceNotSought } from './gap/child-voice-not-sought.js';
import { gapDischargePlanMissing } from './gap/discharge-plan-missing.js';
import { gapExtendedFamilyNotConsidered } from './gap/extended-family-not-considered.js';
import { gapFatherNotConsulted } from './gap/father-not-consulted.js';
import { gapHealthNotConsulted } from './gap/health-not-consulted.js';
import { gapHistoryNotChecked } from './gap/history-not-checked.js';
import { gapHomeNotVisited } from './gap/home-not-visited.js';
import { gapOtherAuthorityNotChecked } from './gap/other-authority-not-checked.js';
import { gapParentalFactorsUnknown } from './gap/parental-factors-unknown.js';
import { gapSchoolNotConsulted } from './gap/school-not-consulted.js';
import { actionAssessChildInOwnRight } from './action/assess-child-in-own-right.js';
import { actionEscalateNextStage } from './action/escalate-next-stage.js';
import { actionImmediateSafetyPlan } from './action/immediate-safety-plan.js';
import { actionInformAndInvolveFather } from './action/inform-and-involve-father.js';
import { actionLinkAttendanceAndWelfare } from './action/link-attendance-and-welfare.js';
import { actionPreBirthAssessment } from './action/pre-birth-assessment.js';
import { actionReviewBeforeClosure } from './action/review-before-closure.js';
import { actionShareWithoutConsent } from './action/share-without-consent.js';
import { actionStrategyDiscussion } from './action/strategy-discussion.js';
import { actionUpdateShareHealthPlan } from './action/update-share-health-plan.js';
import { actionUrgentClinicalReview } from './action/urgent-clinical-review.js';
import { actionUrgentReferralBypass } from './action/urgent-referral-bypass.js';
import type { Rule } from './types.js';

export const ruleCatalogue: readonly Rule[] = [
  healthEmergencyCareNoFollowUp,
  healthDischargedWithoutPlan,
  healthComplexNeedsUnmet,
  healthMedicationIngestion,
  healthDentalDecayUntreated,
  healthGrowthFaltering,
  healthImmunisationsOrChecksMissed,
  healthMedicalCareRefused,
  healthAsthmaHomeNebuliser,
  healthAsthmaRelieverOveruse,
  healthAsthmaPreventerUndercollected,
  healthAsthmaNoCurrentActionPlan,
  healthRepeatedAdmissions,
  healthRepeatedEmergencyAttendances,
  healthWasNotBroughtPattern,
  healthChronicConditionPoorlyManaged,
  careCannotAffordBasics,
  careHunger,
  carePersistentlyTired,
  careUnkempt,
  careUtilitiesCutOff,
  educationDeclineInProgress,
  educationEarlyYearsNotBrought,
  educationLatenessPattern,
  educationMissingFromEducation,
  educationNotCollected,
  educationPersistentAbsence,
  educationSevereAbsence,
  educationUnauthorisedAbsence,
  educationWithdrawnWhileConcerns,
  supervisionCarerIncapacitated,
  supervisionRepeatedAccidents,
  supervisionSelfCaringYoungChild,
  supervisionUnsuitableAdults,
  safetyDisclosure,
  safetyDomesticAbuseIncident,
  safetyDrugsAccessible,
  safetyImmediateDanger,
  safetyInjurySeen,
  safetyInjuryUnexplained,
  homeMainHomeNotSeen,
  homePoorConditions,
  homeUnsuitableAccommodation,
  emotionalAppearsSadOrDistressed,
  emotionalChildExpressesFearOrDistress,
  emotionalSelfHarm,
  emotionalSignificantLoss,
  emotionalWitnessesConflict,
  developmentDelay,
  developmentNonVerbal,
  engagementAccessRefused,
  engagementConsentRefused,
  engagementDisguisedCompliance,
  engagementHostileOrIntimidating,
  engagementImprovementNotSustained,
  engagementNonEngagement,
  parentSubstanceMisuseCurrent,
  parentSubstanceMisuseHistoric,
  parentTreatmentDisengaged,
  parentMentalHealth,
  parentLearningDisability,
  parentDomesticAbuse,
  parentPreviousChildrenRemoved,
  parentImprisoned,
  parentCriminality,
  parentHostileToProfessionals,
  parentYoungParent,
  parentPostnatalDepression,
  householdFinancialHardship,
  householdHousingInstability,
  householdMultipleAdultFactors,
  householdNewPartner,
  householdNewBabyOrPregnancy,
  historyPreviousCpPlan,
  historyRepeatCpPlansNeglect,
  historyPreviousCin,
  historyRepeatContacts,
  historyReReferralAfterClosure,
  historyMovedBetweenAuthorities,
  historySiblingOpenCase,
  historyUnbornPlan,
  unbornLateOrConcealed,
  unbornRiskFactors,
  gapAdultServicesNotConsulted,
  gapChildNotSeenAlone,
  gapChildVoiceNotSought,
  gapDischargePlanMissing,
  gapExtendedFamilyNotConsidered,
  gapFatherNotConsulted,
  gapHealthNotConsulted,
  gapHistoryNotChecked,
  gapHomeNotVisited,
  gapOtherAuthorityNotChecked,
  gapParentalFactorsUnknown,
  gapSchoolNotConsulted,
  actionAssessChildInOwnRight,
  actionEscalateNextStage,
  actionImmediateSafetyPlan,
  actionInformAndInvolveFather,
  actionLinkAttendanceAndWelfare,
  actionPreBirthAssessment,
  actionReviewBeforeClosure,
  actionShareWithoutConsent,
  actionStrategyDiscussion,
  actionUpdateShareHealthPlan,
  actionUrgentClinicalReview,
  actionUrgentReferralBypass,
];
