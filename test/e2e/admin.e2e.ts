/// <reference lib="dom" />
/**
 * The administrator adds a user, the new user signs in, the administrator deactivates them and
 * they can no longer sign in. A username already taken comes back from the server into the error
 * summary against the username.
 */
import type { Page } from 'playwright-core';
import { assert, checkPage, type Server, signIn, signOut } from './harness.js';

const NEW_USER = { name: 'Robin Okafor', username: 'robin.okafor', password: 'first password for robin' };

/** Signs in with a username and password as a person would; does not wait for a page after. */
async function trySignIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The data-testid of the focused element, or its tag name. */
function focusedTestId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');
}

async function fillNewUser(page: Page, username: string): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill(NEW_USER.name);
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Duty social worker', { exact: true }).check();
  await page.getByLabel('Demo children’s front door', { exact: true }).check();
  await page.getByLabel('Demo duty team', { exact: true }).check();
  await page.getByLabel('First password', { exact: true }).fill(NEW_USER.password);
}

export async function adminAddsThenDeactivatesAUser(page: Page, server: Server): Promise<void> {
  await signIn(page, server.url, 'admin');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Users' }).click();
  await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
  const users = page.getByRole('table', { name: /^Users/ });
  await users.getByRole('row', { name: /Demo duty worker/ }).waitFor();
  await checkPage(page, '70-admin-users');

  await page.getByRole('button', { name: 'Add a user' }).click();
  await page.getByRole('heading', { name: 'Add a user', level: 1 }).waitFor();
  await checkPage(page, '71-admin-add-user');
  await page.getByRole('button', { name: 'Add user' }).click();
  await page.getByTestId('error-summary').waitFor();
  assert((await focusedTestId(page)) === 'error-summary', 'The error summary did not take focus');
  await checkPage(page, '72-admin-add-user-errors');

  // A username already taken: only the server knows, and its answer lands on the username.
  await fillNewUser(page, 'dsl');
  await page.getByRole('button', { name: 'Add user' }).click();
  const taken = page.getByTestId('error-summary').getByRole('link', { name: 'That username is taken' });
  await taken.waitFor();
  assert((await taken.getAttribute('href')) === '#f-username', 'The server’s answer is not against the username');
  assert((await focusedTestId(page)) === 'error-summary', 'The error summary did not take focus after the server’s answer');

  await page.getByLabel('Username', { exact: true }).fill(NEW_USER.username);
  await page.getByRole('button', { name: 'Add user' }).click();
  await page.getByText(`${NEW_USER.name} was added.`).waitFor();
  const added = users.getByRole('row', { name: new RegExp(NEW_USER.name) });
  const addedText = (await added.textContent()) ?? '';
  assert(
    addedText.includes('Duty social worker') && addedText.includes('Demo duty team') && addedText.includes('Active'),
    `The new user's row is not right: ${addedText}`,
  );
  await checkPage(page, '73-admin-user-added');
  await signOut(page);

  await trySignIn(page, server.url, NEW_USER.username, NEW_USER.password);
  await page.waitForURL((u) => u.pathname === '/contacts');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await signOut(page);

  await signIn(page, server.url, 'admin');
  await page.goto(`${server.url}/admin/users`);
  await users.getByRole('link', { name: `Deactivate ${NEW_USER.name}` }).click();
  await page.getByRole('heading', { name: `Deactivate ${NEW_USER.name}?`, level: 1 }).waitFor();
  await checkPage(page, '74-admin-deactivate');
  await page.getByRole('button', { name: 'Deactivate user' }).click();
  await page.getByTestId('error-summary').getByText('Give the reason for deactivating this user').waitFor();
  await page.getByLabel('Why are you deactivating this user?').fill('Left the front door team.');
  await page.getByRole('button', { name: 'Deactivate user' }).click();
  await page.getByText(`${NEW_USER.name} was deactivated.`).waitFor();
  const gone = (await users.getByRole('row', { name: new RegExp(NEW_USER.name) }).textContent()) ?? '';
  assert(gone.includes('Deactivated'), `The user is not shown as deactivated: ${gone}`);
  await checkPage(page, '75-admin-user-deactivated');
  await signOut(page);

  await trySignIn(page, server.url, NEW_USER.username, NEW_USER.password);
  await page.getByTestId('error-summary').getByText('Your username or password is not right').waitFor();
  assert(new URL(page.url()).pathname === '/sign-in', 'A deactivated user got past the sign-in page');
}
