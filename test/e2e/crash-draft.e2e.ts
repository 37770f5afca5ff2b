/**
 * A browser killed mid-form gets its draft back: first from the server (saved as the worker typed),
 * then, typed while offline, from the browser's own storage.
 */
import type { Page } from 'playwright-core';
import { assert, checkPage, DEMO_PASSWORD, killBrowser, launchBrowser, type Server, signIn } from './harness.js';

/** Opens a page after a restart; signs in again first if the session did not survive the crash. */
async function reopen(page: Page, url: string, heading: string): Promise<void> {
  await page.goto(url);
  const signInHeading = page.getByRole('heading', { name: 'Sign in to Sightline' });
  await Promise.race([page.getByRole('heading', { name: heading }).waitFor(), signInHeading.waitFor()]);
  if (await signInHeading.isVisible()) {
    await page.getByLabel('Username').fill('duty.worker');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: heading }).waitFor();
  }
}

export async function crashedBrowserGetsDraftBack(server: Server): Promise<void> {
  let browser = await launchBrowser();
  const profile = browser.profile;
  let page = browser.page;
  await signIn(page, server.url, 'duty.worker');
  await page.getByRole('button', { name: 'Start a new contact' }).click();
  await page.getByRole('heading', { name: 'Find the child’s records' }).waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Who the child is' }).waitFor();
  const url = page.url();
  await page.getByLabel('Name or label for the child').fill('Child K');
  await page.getByLabel('Ethnicity or heritage (optional)').fill('Typed before the crash');
  await page.locator('[data-status="saved"]').waitFor();
  assert(killBrowser(profile) > 0, 'No Chromium process was found to kill');

  browser = await launchBrowser(profile);
  page = browser.page;
  await reopen(page, url, 'Who the child is');
  assert(
    (await page.getByLabel('Ethnicity or heritage (optional)').inputValue()) === 'Typed before the crash',
    'The answer saved to the server did not come back',
  );

  await browser.context.setOffline(true);
  await page.getByLabel('Who the child lives with (optional)').fill('Typed while offline');
  await page.locator('[data-status="offline"]').waitFor();
  await checkPage(page, '40-offline-saved-on-this-computer');
  // Chromium writes local storage to disk a few seconds after a change: give it time, as a crash later would.
  await page.waitForTimeout(7000);
  killBrowser(profile);

  browser = await launchBrowser(profile);
  page = browser.page;
  try {
    await reopen(page, url, 'Who the child is');
    await page.getByText('We restored answers that had not reached Sightline.').waitFor();
    assert(
      (await page.getByLabel('Who the child lives with (optional)').inputValue()) === 'Typed while offline',
      'The answer typed offline did not come back',
    );
    await page.locator('[data-status="saved"]').waitFor();
    await checkPage(page, '41-draft-restored');
  } finally {
    await browser.close();
  }
}
