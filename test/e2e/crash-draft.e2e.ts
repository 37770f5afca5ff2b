/**
 * A browser killed mid-form gets its draft back: first from the server (saved as the worker typed),
 * then, typed while offline, from the browser's own storage. The same for a DSL's request for
 * support, which is then sent once although the answer to the first send never comes back.
 */
import type { Page } from 'playwright-core';
import {
  assert,
  checkPage,
  DEMO_PASSWORD,
  killBrowser,
  launchBrowser,
  type Server,
  signIn,
  waitForLocalStorageOnDisk,
} from './harness.js';

/** Opens a page after a restart; signs in again first if the session did not survive the crash. */
async function reopen(page: Page, url: string, heading: string, username = 'duty.worker'): Promise<void> {
  await page.goto(url);
  const signInHeading = page.getByRole('heading', { name: 'Sign in to Sightline' });
  await Promise.race([page.getByRole('heading', { name: heading }).waitFor(), signInHeading.waitFor()]);
  if (await signInHeading.isVisible()) {
    await page.getByLabel('Username').fill(username);
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
  // Chromium writes local storage to disk a while after a change: the crash comes once it has.
  await waitForLocalStorageOnDisk(profile, 'Typed while offline');
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

/** The school's cases (requests for support) about a child, as the DSL's own session sees them. */
async function requestsAbout(page: Page, childLabel: string): Promise<number> {
  const labels = await page.evaluate(async () => {
    const answer = await fetch('/api/cases?limit=500', { headers: { Accept: 'application/json' } });
    const body = (await answer.json()) as { cases: { childLabel: string }[] };
    return body.cases.map((c) => c.childLabel);
  });
  return labels.filter((l) => l === childLabel).length;
}

export async function crashedBrowserGetsRequestBack(server: Server): Promise<void> {
  let browser = await launchBrowser();
  const profile = browser.profile;
  let page = browser.page;
  await signIn(page, server.url, 'dsl');
  await page.getByRole('heading', { name: 'My school' }).waitFor();
  await page.getByRole('button', { name: 'Log a concern' }).click();
  await page.getByRole('heading', { name: 'Log a concern' }).waitFor();
  await page.getByLabel('A pupil not in the log yet').check();
  await page.getByLabel('Given name').fill('Nadia');
  await page.getByLabel('Family name').fill('Example');
  await page.getByLabel('Age in years').fill('10');
  await page.getByRole('group', { name: 'What is it about?' }).getByLabel('School, nursery and learning').check();
  await page.getByLabel('Falling behind or a marked change in behaviour at school').check();
  await page.getByLabel('What you saw or were told').fill('Hungry most mornings and has stopped handing in homework.');
  await page.getByRole('button', { name: 'Save to the log' }).click();
  await page.getByText('The concern was saved to the pupil’s log.').waitFor();

  await page.getByRole('button', { name: 'Ask for support' }).click();
  await page.getByRole('heading', { name: 'Ask the front door for support' }).waitFor();
  const url = page.url();
  await page.getByLabel('Nadia Example').check();
  await page.getByText('What the front door will see from your log').waitFor();
  const typed = 'Typed before the crash: she is hungry most mornings. We ask for an early help assessment.';
  await page.getByLabel('What support are you asking for, and why now?').fill(typed);
  await page.locator('[data-status="saved"]').waitFor();
  assert(killBrowser(profile) > 0, 'No Chromium process was found to kill');

  browser = await launchBrowser(profile);
  page = browser.page;
  await reopen(page, url, 'You have a request you have not sent', 'dsl');
  // The pupil's name comes with the school's log, which loads after the page.
  await page.locator('.govuk-summary-list').getByText('Nadia Example').waitFor();
  const summary = (await page.locator('.govuk-summary-list').textContent()) ?? '';
  assert(
    summary.includes('Nadia Example') && summary.includes(typed),
    `The unsent request does not show the pupil and the answer: ${summary}`,
  );
  await checkPage(page, '42-request-not-sent');
  await page.getByRole('button', { name: 'Continue with this request' }).click();
  await page.getByRole('heading', { name: 'Ask the front door for support' }).waitFor();
  await page.getByText('What the front door will see from your log').waitFor();
  assert(await page.getByLabel('Nadia Example').isChecked(), 'The pupil chosen before the crash did not come back');
  assert(
    (await page.getByLabel('What support are you asking for, and why now?').inputValue()) === typed,
    'The request saved to the server did not come back',
  );

  await browser.context.setOffline(true);
  await page.getByRole('group', { name: 'Have the parents agreed to this request?' }).getByLabel('Not asked').check();
  await page.locator('[data-status="offline"]').waitFor();
  // Chromium writes local storage to disk a while after a change: the crash comes once it has
  // (the answer "Not asked" is stored as "not-sought", chosen for the first time here).
  await waitForLocalStorageOnDisk(profile, 'not-sought');
  killBrowser(profile);

  browser = await launchBrowser(profile);
  page = browser.page;
  try {
    await reopen(page, url, 'You have a request you have not sent', 'dsl');
    await page.getByText(/on this computer$/).waitFor();
    await page.getByRole('button', { name: 'Continue with this request' }).click();
    await page.getByText('We restored answers that had not reached Sightline.').waitFor();
    const parents = page.getByRole('group', { name: 'Have the parents agreed to this request?' });
    assert(await parents.getByLabel('Not asked').isChecked(), 'The answer given offline did not come back');
    await page.locator('[data-status="saved"]').waitFor();
    await page.getByText('What the front door will see from your log').waitFor();
    await checkPage(page, '43-request-restored');

    // The first send reaches the server, but its answer is lost on the way back.
    const before = await requestsAbout(page, 'Child NE');
    await page.route('**/api/cases', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'Send request' }).click();
    await page
      .getByTestId('error-summary')
      .getByText(/cannot tell whether your request was sent/)
      .waitFor();
    assert(
      (await page.getByLabel('What support are you asking for, and why now?').inputValue()) === typed,
      'A failed send lost the answers',
    );
    assert(
      await page.getByRole('button', { name: 'Send request' }).isEnabled(),
      'The send button stayed disabled after a failure',
    );
    await checkPage(page, '44-request-send-failed');
    assert((await requestsAbout(page, 'Child NE')) === before + 1, 'The first send did not reach the server');

    // Sent again, with a double click: the front door still gets one request.
    await page.unroute('**/api/cases');
    await page.getByRole('button', { name: 'Send request' }).dblclick();
    await page.getByText('Your request for support was sent to the front door.').waitFor();
    const after = await requestsAbout(page, 'Child NE');
    assert(after === before + 1, `Sending again made ${after - before} requests for support, not 1`);

    // Once sent, the request is finished: the next one starts empty.
    await page.getByRole('button', { name: 'Ask for support' }).click();
    await page.getByRole('heading', { name: 'Ask the front door for support' }).waitFor();
    assert(
      (await page.getByLabel('What support are you asking for, and why now?').inputValue()) === '',
      'The sent request came back as unsent',
    );
  } finally {
    await browser.close();
  }
}
