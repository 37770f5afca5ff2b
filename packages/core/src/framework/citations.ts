/** Citations used across the shipped frameworks. Each names its summary in shared/domain/facts.md. */
import type { Citation } from './schema.js';

const cite = (source: string, section: string | null, note: string | null = null): Citation => ({ source, section, note });

export const wt = (section: string | null) =>
  cite('Working Together to Safeguard Children (2018, 2023)', section, 'as transcribed by local procedures; facts.md 1');
export const bucks = (section: string) =>
  cite('Buckinghamshire Safeguarding Children Partnership thresholds document (level descriptors)', section, 'facts.md 2.2');
export const kent = (section: string) => cite('Kent Support Level Guidance (KSCMP)', section, 'facts.md 2.2');
export const hampshire = (section: string) =>
  cite('Hampshire SCP and Children’s Trust Thresholds Chart', section, 'facts.md 2.2');
export const hakeem = (section: string) => cite("Serious Case Review 'Hakeem' (Birmingham SCB/SCP, published 2022)", section);
export const childB = (section: string) =>
  cite("Local Child Safeguarding Practice Review 'Child B and siblings' (Stoke-on-Trent SCP, 2023)", section);
export const neglectSummary = (section: string) =>
  cite('Buckinghamshire SCB summary of learning from serious case reviews on neglect', section);
export const nrad = (section: string) =>
  cite('National Review of Asthma Deaths, "Why asthma still kills" (RCP, 2014)', section, 'facts.md 6');
export const niceQs25 = (section: string) => cite('NICE quality standard QS25 (asthma)', section, 'facts.md 6');
export const dfeAbsence = (section: string) =>
  cite('DfE absence measures (persistent and severe absence)', section, 'facts.md 4.2');
export const wtisa = (section: string) =>
  cite('Working Together to Improve School Attendance (DfE, statutory from 19 August 2024)', section, 'facts.md 4.2');
export const infoSharing = (section: string) =>
  cite('Information sharing: advice for practitioners providing safeguarding services (DfE, 2024)', section, 'facts.md 1.7');
export const londonPa4 = (section: string) =>
  cite('London Safeguarding Children Procedures PA4, Resolving Professional Differences', section, 'facts.md 3.2');
export const lincolnshire = (section: string) =>
  cite('Lincolnshire joint professional escalation and resolution protocol', section, 'facts.md 3.2');
export const greenwichHackney = (section: string) =>
  cite('Royal Greenwich and Hackney MASH re-referral practice', section, 'facts.md summary D');
export const cinValidator = (section: string) =>
  cite('DfE Children in Need census validation rules (data-to-insight csc-validator-be-cin)', section, 'facts.md 4.1');
export const stoke2014 = (section: string) =>
  cite('Threshold Criteria for the Guide to Levels of Need 2014/15 (Stoke-on-Trent)', section, 'facts.md 2.1');
export const signsOfSafety = (section: string) => cite('Signs of Safety safety scale', section, 'facts.md 5.1');
export const preBirth = (section: string) =>
  cite('Pre-birth procedures (Sussex 5.3, 8.35; Sefton 6.1.8)', section, 'facts.md 1.8');
