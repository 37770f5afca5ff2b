/** The administrator's list of the partnership's users: who they are, where they work, and whether they can sign in. */
import { Link } from '../app/router.js';
import { ButtonLink, NotificationBanner, Tag } from '../components/display.js';
import { Table } from '../components/Table.js';
import { Page } from '../layout/Page.js';
import { roleNames, useUser } from '../session/session.js';
import type { PartnershipUser } from './adminApi.js';
import { useDirectory } from './useDirectory.js';

/** What just happened, from the page's query string (`?added=<id>` or `?deactivated=<id>`). */
function Outcome({ users, added, deactivated }: { users: PartnershipUser[]; added: string | null; deactivated: string | null }) {
  const addedUser = added ? users.find((u) => u.id === added) : undefined;
  const deactivatedUser = deactivated ? users.find((u) => u.id === deactivated) : undefined;
  if (addedUser) {
    return (
      <NotificationBanner success heading={`${addedUser.displayName} was added.`}>
        <p className="govuk-body">
          They can sign in now as <strong>{addedUser.username}</strong> with the password you set.
        </p>
      </NotificationBanner>
    );
  }
  if (deactivatedUser) {
    return (
      <NotificationBanner success heading={`${deactivatedUser.displayName} was deactivated.`}>
        <p className="govuk-body">They cannot sign in any more. What they recorded stays on the record.</p>
      </NotificationBanner>
    );
  }
  return null;
}

/** The users page. */
export function UsersPage({ added, deactivated }: { added: string | null; deactivated: string | null }) {
  const me = useUser();
  const state = useDirectory();
  return (
    <Page
      title="Users"
      wide
      before={state.kind === 'loaded' ? <Outcome users={state.directory.users} added={added} deactivated={deactivated} /> : null}
    >
      {state.kind === 'loading' ? (
        <p className="govuk-body" role="status">
          Loading the users…
        </p>
      ) : null}
      {state.kind === 'failed' ? <p className="govuk-body">The users could not be loaded: {state.message}</p> : null}
      {state.kind === 'loaded' ? (
        <>
          <p className="govuk-body">
            Everyone in your partnership who can sign in to Sightline, and everyone who could before they were deactivated.
          </p>
          <ButtonLink href="/admin/users/new">Add a user</ButtonLink>
          <Table
            caption={`Users (${state.directory.users.length})`}
            rows={state.directory.users}
            rowKey={(u) => u.id}
            columns={[
              { heading: 'Name', cell: (u) => u.displayName },
              { heading: 'Username', cell: (u) => u.username },
              { heading: 'Role', cell: (u) => roleNames[u.role] },
              { heading: 'Agency', cell: (u) => u.agency.name },
              { heading: 'Team', cell: (u) => u.team?.name ?? 'No team' },
              {
                heading: 'Status',
                cell: (u) => (u.deactivated ? <Tag colour="grey">Deactivated</Tag> : <Tag colour="green">Active</Tag>),
              },
              {
                heading: 'Action',
                cell: (u) =>
                  u.deactivated || u.id === me.id ? null : (
                    <Link className="govuk-link" href={`/admin/users/${u.id}/deactivate`}>
                      Deactivate<span className="govuk-visually-hidden"> {u.displayName}</span>
                    </Link>
                  ),
              },
            ]}
          />
        </>
      ) : null}
    </Page>
  );
}
