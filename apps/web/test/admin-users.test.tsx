/**
 * Adding a user: the form checks what it can, and what only the server can check (a team in
 * another agency, a username already taken) comes back into the error summary against the field
 * the server named. Only the network is replaced: the page, its form and the API client are real.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddUserPage } from '../src/admin/AddUserPage.js';

const agencies = [
  { id: 'a-front', name: 'Demo children’s front door', kind: 'local-authority' },
  { id: 'a-school', name: 'Demo Primary School', kind: 'school' },
];
const teams = [{ id: 't-duty', name: 'Demo duty team', agencyId: 'a-front' }];

let posted: unknown[];
let answer: { status: number; body: unknown };

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  posted = [];
  answer = { status: 201, body: { id: 'u-new' } };
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (url === '/api/agencies') return json(200, { agencies });
    if (url === '/api/users' && init?.method === 'POST') {
      posted.push(JSON.parse(String(init.body)));
      return json(answer.status, answer.body);
    }
    if (url === '/api/users') return json(200, { users: [], teams });
    return json(404, { error: 'not-found', message: 'No such route' });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Name'), 'Sam Patel');
  await user.type(screen.getByLabelText('Username'), 'sam.patel');
  await user.click(screen.getByLabelText('Duty social worker'));
  await user.click(screen.getByLabelText('Demo children’s front door'));
  await user.click(screen.getByLabelText('Demo duty team'));
  await user.type(screen.getByLabelText('First password'), 'a long first password');
}

describe('adding a user', () => {
  it('names every missing answer in the error summary, which takes focus', async () => {
    const user = userEvent.setup();
    render(<AddUserPage />);
    await user.click(await screen.findByRole('button', { name: 'Add user' }));
    const summary = await screen.findByTestId('error-summary');
    await vi.waitFor(() => expect(document.activeElement).toBe(summary));
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Enter the person’s name',
      'Enter a username',
      'Select a role',
      'Select an agency',
      'Select a team, or not in a team',
      'Use at least 12 characters for the password',
    ]);
    expect(posted).toEqual([]);
  });

  it('shows only the chosen agency’s teams and sends the new user', async () => {
    const user = userEvent.setup();
    render(<AddUserPage />);
    await screen.findByRole('button', { name: 'Add user' });
    await user.click(screen.getByLabelText('Demo Primary School'));
    expect(screen.queryByLabelText('Demo duty team')).toBeNull();
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      username: 'sam.patel',
      displayName: 'Sam Patel',
      role: 'duty-worker',
      agencyId: 'a-front',
      teamId: 't-duty',
      password: 'a long first password',
    });
    await vi.waitFor(() => expect(window.location.pathname + window.location.search).toBe('/admin/users?added=u-new'));
  });

  it('puts the server’s 400 issues against the fields it names', async () => {
    answer = {
      status: 400,
      body: {
        error: 'validation',
        message: 'body/teamId: No such team in that agency',
        issues: [{ path: 'body/teamId', message: 'No such team in that agency' }],
      },
    };
    const user = userEvent.setup();
    render(<AddUserPage />);
    await screen.findByRole('button', { name: 'Add user' });
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    const summary = await screen.findByTestId('error-summary');
    await vi.waitFor(() => expect(document.activeElement).toBe(summary));
    const link = within(summary).getByRole('link', { name: 'No such team in that agency' });
    expect(link.getAttribute('href')).toBe('#f-teamId');
    const teamGroup = screen.getByRole('group', { name: /^Team/ });
    expect(within(teamGroup).getByText('No such team in that agency')).toBeTruthy();
    await user.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText('Demo duty team'));
  });

  it('puts a username already taken against the username', async () => {
    answer = { status: 409, body: { error: 'conflict', message: 'That username is taken' } };
    const user = userEvent.setup();
    render(<AddUserPage />);
    await screen.findByRole('button', { name: 'Add user' });
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    const summary = await screen.findByTestId('error-summary');
    expect(within(summary).getByRole('link', { name: 'That username is taken' }).getAttribute('href')).toBe('#f-username');
    expect(screen.getByLabelText('Username').getAttribute('aria-invalid')).toBe('true');
  });
});
