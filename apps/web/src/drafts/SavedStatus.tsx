import { useSyncExternalStore } from 'react';
import type { SaveStatus } from './store.js';

/** "10:32" in the browser's clock. */
function timeOf(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** What the saved status says, in plain words. */
export function describeSaveStatus(status: SaveStatus): string {
  switch (status.kind) {
    case 'unchanged':
      return 'Your answers save as you type.';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Draft saved at ${timeOf(status.at)}`;
    case 'offline':
      return `Saved on this computer at ${timeOf(status.at)}. It will be sent when you are back online.`;
    case 'conflict':
      return 'This draft was changed in another window. Reload the page to see the latest answers.';
    case 'failed':
      return 'Not saved to Sightline yet. Your answers are kept on this computer.';
  }
}

/** The saved status line under the heading. A polite live region, so changes are announced without interrupting. */
export function SavedStatus({
  store,
}: {
  store: { subscribe: (l: () => void) => () => void; getSnapshot: () => { status: SaveStatus } };
}) {
  const { status } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const warn = status.kind === 'conflict' || status.kind === 'failed' || status.kind === 'offline';
  return (
    <p
      className={`govuk-body-s sl-saved${warn ? ' govuk-!-font-weight-bold' : ''}`}
      role="status"
      data-testid="saved-status"
      data-status={status.kind}
    >
      {describeSaveStatus(status)}
    </p>
  );
}
