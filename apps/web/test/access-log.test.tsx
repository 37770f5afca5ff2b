/**
 * A case's access log on the decision record: who read or changed the case, when and what, in
 * plain words and in the server's order (newest first). Only the network is replaced.
 */
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccessLogEntry } from '../src/api/types.js';
import { AccessLogSection } from '../src/record/AccessLogSection.js';
import { describeAccess, whoAccessed } from '../src/record/accessWords.js';

const supervisor = { id: 'u-s', displayName: 'Demo supervisor', role: 'supervisor' };
const worker = { id: 'u-w', displayName: 'Demo duty worker', role: 'duty-worker' };

const entries: AccessLogEntry[] = [
  { at: '2025-03-14T11:05:00.000Z', user: supervisor, action: 'read', subject: 'decision', route: 'GET /api/decisions/:id' },
  { at: '2025-03-14T10:30:00.000Z', user: worker, action: 'write', subject: 'decision', route: 'POST /api/cases/:id/decisions' },
  { at: '2025-03-14T10:00:00.000Z', user: worker, action: 'write', subject: 'case', route: 'POST /api/cases' },
];

let requested: string[];

beforeEach(() => {
  requested = [];
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    return new Response(JSON.stringify({ entries }), { status: 200, headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the access log in plain words', () => {
  it('says what each route did, and falls back on what was read or written', () => {
    expect(describeAccess({ action: 'read', subject: 'decision', route: 'GET /api/decisions/:id' })).toBe(
      'Read the decision record',
    );
    expect(describeAccess({ action: 'write', subject: 'decision', route: 'POST /api/cases/:id/decisions' })).toBe(
      'Recorded a decision',
    );
    expect(describeAccess({ action: 'write', subject: 'person', route: 'POST /api/some/new/route' })).toBe(
      'Changed a person’s record',
    );
    expect(describeAccess({ action: 'read', subject: 'case', route: 'GET /api/another' })).toBe('Read the case');
  });

  it('names the person and their role, never their id', () => {
    expect(whoAccessed(worker)).toBe('Demo duty worker, duty social worker');
    expect(whoAccessed({ id: 'u-x', displayName: 'Someone', role: 'a-new-role' })).toBe('Someone, a-new-role');
  });

  it('lists the case’s entries newest first in a table', async () => {
    render(<AccessLogSection caseId="case-1" />);
    const table = await screen.findByRole('table', { name: /newest first/ });
    expect(requested).toEqual(['/api/cases/case-1/access-log']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['Demo supervisor, supervisor', 'Read the decision record'],
      ['Demo duty worker, duty social worker', 'Recorded a decision'],
      ['Demo duty worker, duty social worker', 'Started the case'],
    ]);
    expect(within(table).queryByText(/u-s|u-w/)).toBeNull();
    expect(screen.getByRole('heading', { name: 'Who has read or changed this case' })).toBeTruthy();
  });
});
