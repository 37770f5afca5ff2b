/**
 * Who is signed in. The app asks the server once when it loads (`GET /api/session`), keeps the
 * CSRF token for state-changing requests, and offers sign in and sign out.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, setCsrfToken } from '../api/client.js';
import { api } from '../api/endpoints.js';
import type { Role, User } from '../api/types.js';
import { clearSavedLocalDrafts } from '../drafts/store.js';

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'signed-in'; user: User }
  | { kind: 'unreachable'; message: string };

interface SessionValue {
  state: SessionState;
  signIn: (username: string, password: string) => Promise<User>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Loads the session and provides it to the app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  useEffect(() => {
    api
      .session()
      .then(({ user, csrfToken }) => {
        setCsrfToken(csrfToken);
        setState({ kind: 'signed-in', user });
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setState({ kind: 'signed-out' });
        else setState({ kind: 'unreachable', message: error instanceof Error ? error.message : String(error) });
      });
  }, []);
  const signIn = useCallback(async (username: string, password: string) => {
    const { user, csrfToken } = await api.signIn(username, password);
    setCsrfToken(csrfToken);
    setState({ kind: 'signed-in', user });
    return user;
  }, []);
  const signOut = useCallback(async () => {
    try {
      clearSavedLocalDrafts(window.localStorage);
      await api.signOut();
    } finally {
      setCsrfToken(null);
      setState({ kind: 'signed-out' });
    }
  }, []);
  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session: its state and the sign in and sign out actions. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}

/** The signed-in user; only for pages that are shown when signed in. */
export function useUser(): User {
  const { state } = useSession();
  if (state.kind !== 'signed-in') throw new Error('No one is signed in');
  return state.user;
}

/** Plain names for roles. */
export const roleNames: Record<Role, string> = {
  'duty-worker': 'Duty social worker',
  dsl: 'Designated safeguarding lead',
  supervisor: 'Supervisor',
  auditor: 'Auditor',
  administrator: 'Administrator',
};

/** Where each role starts after signing in. */
export function homeFor(role: Role): string {
  switch (role) {
    case 'duty-worker':
      return '/contacts';
    case 'dsl':
      return '/school';
    case 'supervisor':
      return '/audit';
    case 'auditor':
      return '/audit';
    case 'administrator':
      return '/admin/users';
    default:
      return '/rulebook';
  }
}
