/**
 * After a contact decided at child protection: the strategy discussion, the section 47 outcome, the
 * conference with safety scaled at 2 (so the immediate safety plan step opens), then the plan's
 * deadlines and the decision.
 */
import type { Page } from 'playwright-core';
import { assert, checkPage, type Server, signIn } from './harness.js';

export async function protectionPathway(page: Page, server: Server, decisionId: string): Promise<void> {
  await signIn(page, server.url, 'duty.worker');
  await page.goto(`${server.url}/decisions/${decisionId}`);
  await page.getByRole('button', { name: 'Start the strategy discussion' }).click();
  await page.getByRole('heading', { name: 'Strategy discussion' }).waitFor();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByTestId('error-summary').waitFor();
  await page.getByLabel('Children’s social care').check();
  await page.getByLabel('Police').check();
  await page.getByLabel('Health').check();
  await page.getByLabel('Start a section 47 enquiry').check();
  await page.getByLabel('Why').fill('Reasonable cause to suspect significant harm from neglect of his asthma.');
  await checkPage(page, '50-strategy-discussion');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'Outcome of the section 47 enquiry' }).waitFor();
  await page.getByLabel('Concerns are substantiated').check();
  await page.getByRole('group', { name: 'Was the child seen alone?' }).getByLabel('Yes').check();
  await page
    .getByLabel('What the enquiry found')
    .fill('Medical neglect substantiated: reliever over-use, no reviews, home nebuliser.');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'Child protection conference' }).waitFor();
  await page.getByLabel('Children’s social care').check();
  await page.getByLabel('Health').check();
  await page.getByLabel('School or nursery').check();
  await page.getByLabel('Safety scaling').fill('2');
  await page.getByText('an immediate safety plan is needed').waitFor();
  await page.getByLabel('Child protection plan', { exact: true }).check();
  await page.getByLabel('Neglect').check();
  await page
    .getByLabel('The conference’s reasons')
    .fill('Continuing risk of significant harm through neglect of a chronic condition.');
  await checkPage(page, '51-conference');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'Immediate safety plan' }).waitFor();
  await page
    .getByLabel('The safety plan')
    .fill('Daily check of inhaler use by the school nurse; GP review tomorrow; a named adult stays overnight.');
  await page
    .getByLabel('Staying at home or removal')
    .fill('Removal considered; he stays at home tonight with the named adult, reviewed tomorrow.');
  await page.getByLabel('Children’s social care').check();
  await page.getByLabel('Health').check();
  await checkPage(page, '52-safety-plan');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'Your decision' }).waitFor();
  await page.getByLabel(/\(recommended\)/).check();
  await page.getByLabel('Your analysis').fill('A child protection plan for neglect, with the safety plan in place today.');
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('heading', { name: 'The plan' }).waitFor();
  await page.getByLabel('Lead professional').fill('allocated social worker');
  await page
    .getByLabel('What the plan says')
    .fill('Asthma reviews kept, inhalers checked weekly, father told and involved, school nurse in the core group.');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'Check and record the decision' }).waitFor();
  const text = (await page.locator('main').textContent()) ?? '';
  assert(/core group/i.test(text) && /review conference/i.test(text), `The plan's deadlines are missing: ${text}`);
  await checkPage(page, '53-plan-deadlines');
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await page.waitForURL(/\/decisions\//);
  await page.getByRole('heading', { name: /Decision record/ }).waitFor();
  await checkPage(page, '54-protection-record');
}

/** The pages not on another journey, checked with axe and photographed. */
export async function tourOfPages(page: Page, server: Server, decisionId: string): Promise<void> {
  await page.goto(`${server.url}/sign-in`);
  await page.getByRole('heading', { name: 'Sign in to Sightline' }).waitFor();
  await checkPage(page, '60-sign-in');
  await signIn(page, server.url, 'duty.worker');
  await page.goto(`${server.url}/rulebook`);
  await page.getByRole('heading', { name: 'Rulebook' }).waitFor();
  await page.getByText('Framework in force').waitFor();
  await checkPage(page, '61-rulebook');
  await page.goto(`${server.url}/escalations`);
  await page.getByRole('table').waitFor();
  await checkPage(page, '62-disagreements');
  await page.goto(`${server.url}/decisions/${decisionId}`);
  await page.getByRole('link', { name: 'See the child’s page' }).click();
  await page.getByTestId('patterns').waitFor();
  await checkPage(page, '63-child-page');
}
