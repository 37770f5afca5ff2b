/** A supervisor audits a decision in the audit queue and disagrees, with a reason added to the record. */
import type { Page } from 'playwright-core';
import { assert, checkPage, type Server, signIn } from './harness.js';

export async function supervisorDisagrees(page: Page, server: Server, childLabel: string): Promise<void> {
  await signIn(page, server.url, 'supervisor');
  await page.getByRole('heading', { name: 'Audit', level: 1 }).waitFor();
  await page.getByRole('table', { name: /^Decisions/ }).waitFor();
  await page.getByLabel('Decision differs from the recommendation').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.getByLabel('Decision differs from the recommendation').uncheck();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await checkPage(page, '20-audit-queue');
  const table = page.getByRole('table', { name: /^Decisions/ });
  await table.getByRole('row').nth(1).waitFor();
  await table
    .getByRole('link', { name: new RegExp(`^${childLabel}\\b.*review decision`) })
    .first()
    .click();
  await page.getByRole('heading', { name: new RegExp(`Review a decision: ${childLabel}`) }).waitFor();
  await checkPage(page, '21-decision-review');
  await page.getByRole('button', { name: 'Add my review to the record' }).click();
  await page.getByTestId('error-summary').waitFor();
  await page.getByLabel('No, I disagree').check();
  await page
    .getByLabel('Your reason')
    .fill('The father is in prison and was not told; the level is right but the plan must involve him and the school nurse.');
  await page.getByRole('button', { name: 'Add my review to the record' }).click();
  await page.getByText('Your review was added to the record.').waitFor();
  await checkPage(page, '22-review-added');
  await page.getByRole('link', { name: 'See the decision record' }).click();
  await page.getByTestId('sign-off').first().waitFor();
  const text = (await page.getByTestId('sign-off').first().textContent()) ?? '';
  assert(text.startsWith('Disagreed'), `The record does not show the disagreement: ${text}`);
  // The case's access log names the supervisor's own read of this record.
  const ownRead = page
    .getByTestId('access-log')
    .getByRole('table')
    .getByRole('row')
    .filter({ hasText: 'Demo supervisor, supervisor' })
    .filter({ hasText: 'Read the decision record' });
  await ownRead.first().waitFor();
  await checkPage(page, '23-record-with-review');
}
