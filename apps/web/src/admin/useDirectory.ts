/** The partnership's users, agencies and teams, loaded together for the admin pages. */
import { useEffect, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { Agency } from '../api/types.js';
import { adminApi, type PartnershipUser, type Team } from './adminApi.js';

export interface Directory {
  users: PartnershipUser[];
  agencies: Agency[];
  teams: Team[];
}

export type DirectoryState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; directory: Directory };

/** Loads the directory once when the page opens. */
export function useDirectory(): DirectoryState {
  const [state, setState] = useState<DirectoryState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    Promise.all([adminApi.users(), api.agencies()]).then(
      ([{ users, teams }, { agencies }]) => live && setState({ kind: 'loaded', directory: { users, teams, agencies } }),
      (e: unknown) => live && setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
