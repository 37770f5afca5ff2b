/**
 * The audit queue asks the server for the decisions with the chosen filters (the server works out
 * the flags), fills the team filter from the server's list, and shows each decision's flags.
 * Only the network is replaced: the page, its filters and the API client are the real ones.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditDecision, AuditDecisionsAnswer, Role, User } from '../src/api/types.js';
import { SessionProvider, useSession } from '../src/session/session.js';
import { AuditQueuePage } from '../src/supervisor/AuditQueuePage.js';
import { auditQuery } from '../src/supervisor/audit.js';

const teams = [
  { id: 't1', name: 'North duty team' },
  { id: 't2', name: 'South duty team' },
];

function decision(overrides: Partial<AuditDecision>): AuditDecision {
  return {
    id: 'd1',
    caseId: 'c1',
    caseVersion: 1,
    childLabel: 'Child A',
    value: '2',
    levelName: 'Early help',
    recommendation: { value: '2', levelName: 'Early help' },
    belowRecommendation: false,
    override: false,
    repeatContacts: false,
    overdue: false,
    worker: { id: 'w1', name: 'Sam Duty' },
    team: teams[0] ?? null,
    decidedAt: '2025-03-14T11:00:00.000Z',
    caseOpenedAt: '2025-03-14T10:00:00.000Z',
    status: 'final',
    ...overrides,
  };
}

const all = [
  decision({}),
  decision({
    id: 'd2',
    childLabel: 'Child B',
    value: '1',
    levelName: 'Advice',
    belowRecommendation: true,
    override: true,
    overdue: true,
    worker: { id: 'w2', name: 'Jo Duty' },
    team: teams[1] ?? null,
    status: 'awaiting-sign-off',
  }),
];

let requested: string[];
let role: Role;

function signedIn(as: Role): User {
  return {
    id: 'u1',
    username: as,
    displayName: `Demo ${as}`,
    role: as,
    agency: { id: 'a1', name: 'Front door', kind: 'local-authority' } as User['agency'],
    team: null,
    isDemo: true,
  };
}

/** The page once the session has loaded, as the app shows it. */
function OnceSignedIn() {
  const { state } = useSession();
  return state.kind === 'signed-in' ? <AuditQueuePage /> : null;
}

/** The page as the signed-in person sees it (the session comes from the stubbed server). */
function renderQueue() {
  return render(
    <SessionProvider>
      <OnceSignedIn />
    </SessionProvider>,
  );
}

beforeEach(() => {
  requested = [];
  role = 'supervisor';
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    if (url.startsWith('/api/session')) return json({ user: signedIn(role), csrfToken: 'token' });
    if (url.startsWith('/api/sign-offs/queue')) return json({ decisions: [] });
    const query = new URL(url, 'http://localhost').searchParams;
    const decisions = all.filter(
      (d) => (query.get('below') !== 'true' || d.belowRecommendation) && (!query.get('team') || d.team?.id === query.get('team')),
    );
    const answer: AuditDecisionsAnswer = { decisions, nextCursor: null, teams };
    return json(answer);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the audit queue', () => {
  it('turns the chosen filters into the server query', () => {
    expect(auditQuery({ flags: ['below', 'repeat', 'overdue', 'override'], worker: 'w1', team: 't2' }, '41')).toEqual({
      below: 'true',
      repeatContacts: 'true',
      overdue: 'true',
      override: 'true',
      worker: 'w1',
      team: 't2',
      cursor: '41',
    });
    expect(auditQuery({ flags: [], worker: '', team: '' })).toEqual({});
  });

  it('lists the decisions, fills the team filter and asks the server again when filters are applied', async () => {
    const user = userEvent.setup();
    renderQueue();
    const table = await screen.findByRole('table', { name: /^Decisions \(2\)/ });
    expect(within(table).getByText('Below')).toBeTruthy();
    expect(within(table).getByText('Late')).toBeTruthy();
    const teamSelect = screen.getByLabelText('Team') as HTMLSelectElement;
    expect([...teamSelect.options].map((o) => o.textContent)).toEqual(['Every team', 'North duty team', 'South duty team']);
    const workerSelect = screen.getByLabelText('Worker') as HTMLSelectElement;
    expect([...workerSelect.options].map((o) => o.textContent)).toEqual(['Everyone', 'Jo Duty', 'Sam Duty']);

    await user.selectOptions(teamSelect, 't1');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await screen.findByRole('table', { name: /^Decisions \(1\)/ });
    expect(requested.at(-1)).toBe('/api/audit/decisions?team=t1');
    expect(screen.getByRole('link', { name: /Child A/ })).toBeTruthy();

    await user.selectOptions(teamSelect, '');
    await user.click(screen.getByLabelText('Decision below the recommendation'));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await screen.findByRole('table', { name: /^Decisions \(1\)/ });
    expect(requested.at(-1)).toBe('/api/audit/decisions?below=true');
    expect(screen.getByRole('link', { name: /Child B/ })).toBeTruthy();
  });

  it('lets a supervisor review each decision and shows the sign-off queue', async () => {
    renderQueue();
    await screen.findByRole('table', { name: /^Waiting for your sign-off/ });
    const table = await screen.findByRole('table', { name: /^Decisions \(2\)/ });
    expect(within(table).getByRole('link', { name: 'Child A: review decision' }).getAttribute('href')).toBe(
      '/decisions/d1/review',
    );
    expect(requested).toContain('/api/sign-offs/queue');
  });

  it('opens each decision’s record for an auditor, who neither reviews nor signs off', async () => {
    role = 'auditor';
    renderQueue();
    const table = await screen.findByRole('table', { name: /^Decisions \(2\)/ });
    expect(within(table).getByRole('link', { name: 'Child A: see the decision record' }).getAttribute('href')).toBe(
      '/decisions/d1',
    );
    expect(screen.queryByRole('table', { name: /^Waiting for your sign-off/ })).toBeNull();
    expect(requested).not.toContain('/api/sign-offs/queue');
  });
});
