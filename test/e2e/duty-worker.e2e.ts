/// <reference lib="dom" />
/**
 * A duty worker triages a contact like S07 (a GP worried about a 7-year-old's asthma) end to end,
 * by keyboard where a worker would type, and sees the reasons with their sources.
 */
import type { Page } from 'playwright-core';
import { assert, checkPage, type Server, signIn } from './harness.js';

/** Ticks a box or picks a radio by its label inside a fieldset (group) named `group`. */
async function pick(page: Page, group: string, label: string): Promise<void> {
  await page.getByRole('group', { name: group, exact: true }).getByLabel(label, { exact: true }).check();
}

/** Runs the test; returns the id of the decision made. */
export async function dutyWorkerTriagesS07(page: Page, server: Server): Promise<string> {
  await signIn(page, server.url, 'duty.worker');
  await page.getByRole('heading', { name: 'Contacts', level: 1 }).waitFor();
  await page.getByRole('cell').first().waitFor();
  await checkPage(page, '01-inbox');

  await page.getByRole('button', { name: 'Start a new contact' }).click();
  await page.getByRole('heading', { name: 'Find the child’s records' }).waitFor();
  await page.getByLabel('Given name').fill('Gracie');
  await page.getByLabel('Family name').fill('Garside');
  await page.getByRole('button', { name: 'Search records' }).click();
  await page.getByRole('group', { name: 'Which record is this child?' }).waitFor();
  await checkPage(page, '02-records-search');
  await page
    .getByRole('group', { name: 'Which record is this child?' })
    .getByLabel(/Gracie Garside/)
    .first()
    .check();
  await page.getByRole('button', { name: 'Continue' }).click();

  // Who the child is: first submit it wrong, to see the error summary take focus.
  await page.getByRole('heading', { name: 'Who the child is' }).waitFor();
  await page.getByLabel('Name or label for the child').fill('');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByTestId('error-summary').waitFor();
  assert(
    await page.getByTestId('error-summary').evaluate((el) => el === document.activeElement),
    'The error summary did not take focus',
  );
  assert((await page.title()).startsWith('Error: '), 'The page title does not start with "Error: "');
  await checkPage(page, '03-child-errors');
  await page.getByLabel('Name or label for the child').fill('Child H');
  await pick(page, 'Sex', 'Male');
  await pick(page, 'Is the child not born yet?', 'No');
  await page.getByLabel('Years').fill('7');
  await page.getByLabel('And months, if under 2 or if known').fill('9');
  await page.getByRole('button', { name: 'Add a health condition' }).click();
  await page.getByLabel('Condition', { exact: true }).fill('asthma');
  await pick(page, 'Is there a written care plan (for asthma, an action plan)?', 'Yes');
  await page.getByLabel('Plan last reviewed (optional)').fill('2017-04-12');
  await page.getByLabel('Who has a copy of the plan (optional)').fill('parent');
  await checkPage(page, '04-child');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'History checks' }).waitFor();
  await pick(page, 'Our own records', 'Checked');
  await page
    .getByRole('group', { name: 'Our own records', exact: true })
    .getByLabel('What the check found')
    .fill('No previous contacts, referrals or plans for this child.');
  await pick(page, 'Health', 'Checked');
  await page
    .getByRole('group', { name: 'Health', exact: true })
    .getByLabel('What the check found')
    .fill('Two high dependency admissions for asthma this autumn.');
  await pick(page, 'Police', 'Not possible');
  await page
    .getByRole('group', { name: 'Police', exact: true })
    .getByLabel('Why it was not possible')
    .fill('Asked today; no answer yet.');
  await checkPage(page, '05-history');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'What the concern is' }).waitFor();
  await page.getByLabel('Their role (optional)').fill('GP practice safeguarding lead');
  await page.getByLabel('Their organisation (optional)').fill('general practice');
  const concern = (n: number) => page.getByRole('group', { name: `Concern ${n}`, exact: true });
  await concern(1).getByLabel('Health', { exact: true }).check();
  await concern(1).getByLabel('A chronic condition (asthma, diabetes, epilepsy...) is poorly managed by the carer').check();
  await concern(1)
    .getByLabel('What was seen or said')
    .fill('Admitted to high dependency care in September and again in October with poorly controlled asthma.');
  await concern(1).getByLabel('Who told you').fill('hospital');
  await page.getByRole('button', { name: 'Add another concern' }).click();
  await concern(2).getByLabel('Health', { exact: true }).check();
  await concern(2).getByLabel('Nebuliser used at home outside a hospital treatment plan').check();
  await concern(2)
    .getByLabel('What was seen or said')
    .fill('Nebules for a home nebuliser prescribed in May and September; not part of any hospital plan.');
  await concern(2).getByLabel('Who told you').fill('GP');
  await page.getByRole('button', { name: 'Add another concern' }).click();
  await concern(3).getByLabel('Health', { exact: true }).check();
  await concern(3).getByLabel('No clinical review after emergency care for a chronic condition').check();
  await concern(3).getByLabel('A parent is hostile, aggressive or intimidating towards staff').check();
  await concern(3)
    .getByLabel('What was seen or said')
    .fill(
      'Since discharge the practice has tried and failed to reach his mother to bring him for review; she has been volatile with staff.',
    );
  await concern(3).getByLabel('Who told you').fill('GP');
  await checkPage(page, '06-concerns');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'Measures and patterns' }).waitFor();
  const before = await page.getByTestId('live-level').getAttribute('data-value');
  await page.getByLabel('Reliever inhalers dispensed', { exact: true }).fill('8');
  await page.getByLabel('Preventer inhalers dispensed', { exact: true }).fill('4');
  await page.getByLabel('Hospital admissions', { exact: true }).fill('2');
  await page
    .getByTestId('live-recommendation')
    .getByText(/finding/)
    .first()
    .waitFor();
  const findingsText = (await page.getByTestId('live-recommendation').textContent()) ?? '';
  assert(
    /More reliever inhalers dispensed than good control allows/.test(findingsText),
    `The live panel did not pick up the reliever over-use: ${findingsText}`,
  );
  await checkPage(page, '07-measures');
  console.log(`  live recommendation moved from ${before} to ${await page.getByTestId('live-level').getAttribute('data-value')}`);
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'The child’s own words' }).waitFor();
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'Parents and household' }).waitFor();
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByLabel('Who they are').fill('mother');
  await pick(page, 'Do they live with the child?', 'Yes');
  await page.getByRole('button', { name: 'Add another person' }).click();
  await page.getByLabel('Who they are').nth(1).fill('father');
  await page.getByRole('group', { name: 'Do they live with the child?' }).nth(1).getByLabel('No', { exact: true }).check();
  await checkPage(page, '08-household');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'Working with the family' }).waitFor();
  await pick(page, 'Has the child’s father been asked or told about this contact?', 'No');
  await checkPage(page, '09-engagement');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'Consent and information sharing' }).waitFor();
  await checkPage(page, '10-consent');
  await pick(page, 'Has the family agreed to information being shared?', 'Not asked');
  await page.getByLabel(/^Details/).fill('The practice could not reach the mother.');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'Analysis', level: 1 }).waitFor();
  const analysis = (await page.locator('main').textContent()) ?? '';
  for (const expected of [
    'More reliever inhalers dispensed than good control allows',
    'Nebuliser used at home outside a hospital treatment plan',
    'Source',
  ]) {
    assert(analysis.includes(expected), `The analysis does not say "${expected}"`);
  }
  assert(/consent is not needed/i.test(analysis), 'The analysis does not say that consent is not needed to share');
  await checkPage(page, '11-analysis');
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('heading', { name: 'Your decision' }).waitFor();
  await page.getByLabel(/\(recommended\)/).check();
  await page
    .getByLabel('Your analysis')
    .fill(
      'Poorly controlled asthma with reliever over-use, a home nebuliser and no review after two admissions: the GP should share now and we should act.',
    );
  await checkPage(page, '12-decision');
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('heading', { name: 'Check your answers before deciding' }).waitFor();
  await checkPage(page, '13-check-answers');
  await page.getByRole('button', { name: 'Send decision' }).click();
  await page.waitForURL(/\/decisions\/[0-9a-f-]+$/);
  await page.getByRole('heading', { name: /Decision record/ }).waitFor();
  const record = (await page.locator('main').textContent()) ?? '';
  assert(
    /reliever/i.test(record) && /nebuliser/i.test(record),
    'The decision record does not name the reliever over-use and the nebuliser',
  );
  await checkPage(page, '14-decision-record');
  return new URL(page.url()).pathname.split('/').at(-1) ?? '';
}
