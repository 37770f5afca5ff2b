/** The administrator's routes (apps/server/API.md, "Administration"). */
import { request } from '../api/client.js';
import type { Role, User } from '../api/types.js';

/** A user as the administrator sees them: active or deactivated. */
export interface PartnershipUser extends User {
  deactivated: boolean;
}

/** A team a user can be put in, and the agency it belongs to. */
export interface Team {
  id: string;
  name: string;
  agencyId: string;
}

/** What the administrator sends to add a user. */
export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  agencyId: string;
  teamId: string | null;
  password: string;
}

export const adminApi = {
  users: () => request<{ users: PartnershipUser[]; teams: Team[] }>('GET', '/api/users'),
  addUser: (user: NewUser) => request<User>('POST', '/api/users', user),
  deactivate: (id: string, reason: string) =>
    request<{ deactivated: string }>('POST', `/api/users/${encodeURIComponent(id)}/deactivation`, { reason }),
};
