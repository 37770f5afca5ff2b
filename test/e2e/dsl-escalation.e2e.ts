/**
 * A school's DSL logs concerns, asks for support, reads the front door's decision, disagrees, and
 * escalates through two stages; the immediate-risk path tells them to act now.
 */
import type { Page } from 'playwright-core';
import { assert, checkPage, type Server, signIn, signOut } from './harness.js';

/** The front door decides an open contact from the inbox, at the level named. */
async function frontDoorDecides(page: Page, server: Server, childLabel: string, level: RegExp): Promise<void> {
  await signIn(page, server.url, 'duty.worker');
  await page
    .getByRole('link', { name: new RegExp(`^${childLabel}\\b`) })
    .first()
    .click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('heading', { name: 'Find the child’s records' }).waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Who the child is' }).waitFor();
  await page.getByRole('group', { name: 'Sex' }).getByLabel('Female').check();
  await page.getByRole('group', { name: 'Is the child not born yet?' }).getByLabel('No', { exact: true }).check();
  const years = page.getByLabel('Years');
  if ((await years.inputValue()) === '') await years.fill('8');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('heading', { name: 'History checks' }).waitFor();
  await page.getByRole('group', { name: 'Our own records', exact: true }).getByLabel('Checked', { exact: true }).check();
  await page
    .getByRole('group', { name: 'Our own records', exact: true })
    .getByLabel('What the check found')
    .fill('Nothing on record.');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  for (const heading of [
    'What the concern is',
    'Measures and patterns',
    'The child’s own words',
    'Parents and household',
    'Working with the family',
    'Consent and information sharing',
  ]) {
    await page.getByRole('heading', { name: heading }).waitFor();
    await page.getByRole('button', { name: 'Save and continue' }).click();
  }
  await page.getByRole('heading', { name: 'Analysis', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Your decision' }).waitFor();
  await page.getByLabel(level).check();
  const reason = page.getByLabel('Why you decided below the recommendation');
  if (await reason.count()) await reason.fill('The school can meet these needs with the family’s agreement.');
  await page.getByLabel('Your analysis').fill('Attendance and progress concerns that the school can support with the family.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Check your answers before deciding' }).waitFor();
  await page.getByRole('button', { name: 'Send decision' }).click();
  await page.waitForURL(/\/decisions\//);
  await page.getByRole('heading', { name: /Decision record/ }).waitFor();
  await signOut(page);
}

export async function dslEscalatesThroughTwoStages(page: Page, server: Server): Promise<void> {
  await signIn(page, server.url, 'dsl');
  await page.getByRole('heading', { name: 'My school' }).waitFor();
  await checkPage(page, '30-school-home');

  await page.getByRole('button', { name: 'Log a concern' }).click();
  await page.getByRole('heading', { name: 'Log a concern' }).waitFor();
  await page.getByLabel('A pupil not in the log yet').check();
  await page.getByLabel('Given name').fill('Ayla');
  await page.getByLabel('Family name').fill('Example');
  await page.getByLabel('Age in years').fill('8');
  await page.getByRole('group', { name: 'What is it about?' }).getByLabel('School, nursery and learning').check();
  await page.getByLabel('Falling behind or a marked change in behaviour at school').check();
  await page
    .getByLabel('What you saw or were told')
    .fill('Often arrives late and tired; her work has fallen behind since September.');
  await page.getByLabel('Attendance this school year').fill('58');
  await page.getByLabel('Sessions late this school year').fill('18');
  await checkPage(page, '31-log-concern');
  await page.getByRole('button', { name: 'Save to the log' }).click();
  await page.getByText('The concern was saved to the pupil’s log.').waitFor();
  // The banner shows before the log has loaded: wait for the pupil's row.
  await page.getByRole('row', { name: /Ayla Example/ }).waitFor();
  const cells = await page
    .getByRole('row', { name: /Ayla Example/ })
    .getByRole('cell')
    .allTextContents();
  assert(
    cells[0] === '1' && cells[2] === '58%',
    `The school's log does not list the pupil's concern and attendance: ${cells.join(' | ')}`,
  );
  await page.getByRole('link', { name: /^Ayla Example/ }).click();
  await page.getByRole('heading', { name: 'Ayla Example' }).waitFor();
  const chronology = (await page.getByRole('table').textContent()) ?? '';
  assert(
    /Often arrives late and tired/.test(chronology) && /Attendance 58% \(this school year\)/.test(chronology),
    `The pupil's chronology does not show the concern and the figures: ${chronology}`,
  );
  await checkPage(page, '31b-pupil-chronology');
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('heading', { name: 'My school' }).waitFor();

  await page.getByRole('button', { name: 'Ask for support' }).click();
  await page.getByRole('heading', { name: 'Ask the front door for support' }).waitFor();
  await page.getByLabel('Ayla Example').check();
  await page.getByText('What the front door will see from your log').waitFor();
  await page
    .getByLabel('What support are you asking for, and why now?')
    .fill('Her attendance is 58% and she is falling behind. We ask for an early help assessment.');
  await page.getByRole('group', { name: 'Have the parents agreed to this request?' }).getByLabel('Yes').check();
  await checkPage(page, '32-request-for-support');
  await page.getByRole('button', { name: 'Send request' }).click();
  await page.getByText('Your request for support was sent to the front door.').waitFor();
  await signOut(page);

  await frontDoorDecides(page, server, 'Child AE', /^Level 1: universal services/);

  await signIn(page, server.url, 'dsl');
  await page
    .getByRole('link', { name: /^Child AE/ })
    .first()
    .click();
  await page.getByRole('heading', { name: 'Request for support: Child AE' }).waitFor();
  await checkPage(page, '33-referral-outcome');
  await page.getByRole('button', { name: 'I disagree' }).click();
  await page.getByRole('heading', { name: 'Disagree with a decision' }).waitFor();
  await page.getByLabel('Yes', { exact: true }).check();
  await page.getByTestId('urgent-guidance').waitFor();
  const urgent = (await page.getByTestId('urgent-guidance').textContent()) ?? '';
  assert(/call the police on 999/.test(urgent), 'The immediate-risk path does not tell the DSL to call the police or refer now');
  await checkPage(page, '34-raise-immediate-risk');
  await page.getByLabel('No', { exact: true }).check();
  await page
    .getByLabel('Why you disagree')
    .fill('Attendance of 58% with lateness and falling progress needs a multi-agency response, not universal services.');
  await page.getByRole('button', { name: 'Start the escalation' }).click();
  // The escalation machine opens stage 1 and its first step: the conversation with the worker who decided.
  await page.getByRole('heading', { name: 'Record your conversation' }).waitFor();
  await page.getByText('1 of 4: Stage 1: practitioner to practitioner').waitFor();
  await checkPage(page, '35-escalation-stage-1');
  await page.getByLabel('Who you spoke to or wrote to').fill('duty social worker');
  await page.getByRole('group', { name: 'How were you in touch?' }).getByLabel('Phone').check();
  await page.getByLabel('What was said').fill('Asked them to look again at her attendance and lateness.');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'Record the outcome' }).waitFor();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  const summary = page.getByTestId('error-summary');
  await summary.waitFor();
  assert(
    await summary.evaluate((el) => el === document.activeElement),
    'The error summary does not take focus on the outcome page',
  );
  await checkPage(page, '35a-escalation-outcome-errors');
  await page.getByLabel('Who answered').fill('duty social worker');
  const answer = 'They would not change the decision: universal services stay.';
  await page.getByLabel('What they answered').fill(answer);
  // Back to the tracker and forward again keeps what was typed.
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await page.getByRole('heading', { name: /^Stage 1/ }).waitFor();
  await checkPage(page, '35b-escalation-tracker-stage-1');
  await page.getByRole('button', { name: 'Record the outcome' }).click();
  await page.getByRole('heading', { name: 'Record the outcome' }).waitFor();
  assert((await page.getByLabel('What they answered').inputValue()) === answer, 'Back lost the answers on the outcome page');
  await page.getByRole('group', { name: 'Does this resolve your concern?' }).getByLabel('No').check();
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // The response did not resolve it, so the machine offers stage 2.
  await page.getByRole('heading', { name: 'Move to stage 2' }).waitFor();
  await checkPage(page, '35c-escalation-next-stage');
  await page
    .getByLabel('Why the disagreement moves to stage 2')
    .fill('The worker would not change the decision. Raising with my manager and theirs.');
  await page.getByRole('button', { name: 'Move to stage 2' }).click();
  await page.getByRole('heading', { name: 'Record your conversation' }).waitFor();
  await page.getByText('2 of 4: Stage 2: manager to manager').waitFor();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await page.getByRole('heading', { name: /^Stage 2/ }).waitFor();
  const events = (await page.getByTestId('escalation-events').textContent()) ?? '';
  assert(
    /Moved on, stage 1/.test(events) && /Stage started, stage 2/.test(events) && /Outcome, stage 1/.test(events),
    `The tracker does not show the move to stage 2: ${events}`,
  );
  await checkPage(page, '36-escalation-stage-2');

  // Immediate risk at stage 2: act now, record the referral, and the escalation carries on.
  await page.getByRole('link', { name: 'Tell Sightline and act now' }).click();
  await page.getByRole('heading', { name: 'The child is at immediate risk now' }).waitFor();
  await page
    .getByLabel('What puts the child at immediate risk now')
    .fill('She told her teacher she is scared to go home tonight.');
  await page.getByRole('button', { name: 'Record the risk' }).click();
  await page.getByRole('heading', { name: 'Record the urgent referral' }).waitFor();
  const act = (await page.getByTestId('urgent-guidance').textContent()) ?? '';
  assert(
    /call the police on 999/.test(act) && /carries on/.test(act),
    `The urgent referral page does not say to act now: ${act}`,
  );
  await checkPage(page, '37-escalation-urgent-referral');
  await page.getByRole('group', { name: 'Who did you refer to or call?' }).getByLabel('Children’s social care').check();
  await page
    .getByLabel('What you did and what they said')
    .fill('Phoned the front door; the duty manager is sending a worker today.');
  await page.getByRole('button', { name: 'Record the referral' }).click();
  await page.getByRole('heading', { name: 'Record your conversation' }).waitFor();
  await page.getByText('2 of 4: Stage 2: manager to manager').waitFor();
}
