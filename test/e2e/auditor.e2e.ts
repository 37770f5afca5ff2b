/** An auditor finds a decision in the audit queue, reads its record and sees who has read or changed the case. */
import type { Page } from 'playwright-core';
import { assert, checkPage, type Server, signIn } from './harness.js';

export async function auditorReadsARecordAndItsAccessLog(page: Page, server: Server, childLabel: string): Promise<void> {
  await signIn(page, server.url, 'auditor');
  await page.getByRole('heading', { name: 'Audit', level: 1 }).waitFor();
  const table = page.getByRole('table', { name: /^Decisions/ });
  await table.getByRole('row').nth(1).waitFor();
  assert(
    (await page.getByRole('table', { name: /^Waiting for your sign-off/ }).count()) === 0,
    'An auditor was shown a sign-off queue',
  );
  await checkPage(page, '80-auditor-audit-queue');
  await table
    .getByRole('link', { name: new RegExp(`^${childLabel}\\b.*see the decision record`) })
    .first()
    .click();
  await page.waitForURL((u) => /^\/decisions\/[^/]+$/.test(u.pathname));
  const log = page.getByTestId('access-log').getByRole('table');
  // The auditor's own read is in the case's access log, beside the supervisor's review before it.
  await log
    .getByRole('row')
    .filter({ hasText: 'Demo auditor, auditor' })
    .filter({ hasText: 'Read the decision record' })
    .first()
    .waitFor();
  await log.getByRole('row').filter({ hasText: 'Demo supervisor, supervisor' }).first().waitFor();
  assert((await page.getByRole('link', { name: /review/i }).count()) === 0, 'An auditor was offered a review');
  await checkPage(page, '81-auditor-decision-record');
}
