/**
 * The administrator confirms deactivating a user and says why. The user's sessions stop at once
 * and they cannot sign in again; what they recorded stays on the record.
 */
import { useState } from 'react';
import { z } from 'zod';
import { Link, navigate } from '../app/router.js';
import { ErrorSummary, type FieldProblem } from '../components/ErrorSummary.js';
import { BackLink, Button, ButtonGroup, WarningText } from '../components/display.js';
import { fieldId, Textarea } from '../components/fields.js';
import { SummaryList } from '../components/SummaryList.js';
import { useStepForm } from '../forms/useStepForm.js';
import { requiredText } from '../forms/values.js';
import { Page, PageHeading, usePageTitle } from '../layout/Page.js';
import { roleNames, useUser } from '../session/session.js';
import { adminApi, type PartnershipUser } from './adminApi.js';
import { fieldMessages } from './serverProblems.js';
import { useDirectory } from './useDirectory.js';

const deactivationSchema = z.object({
  reason: requiredText('Give the reason for deactivating this user'),
});

function ConfirmForm({ user }: { user: PartnershipUser }) {
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const { form, problems, submit } = useStepForm({
    schema: deactivationSchema,
    defaults: { reason: '' },
    onValid: async ({ reason }) => {
      setSaving(true);
      try {
        await adminApi.deactivate(user.id, reason);
        navigate(`/admin/users?deactivated=${encodeURIComponent(user.id)}`);
      } catch (error) {
        const messages = fieldMessages(error, ['reason'], 'reason', 'reason', 'The user could not be deactivated');
        for (const m of messages) form.setError('reason', { type: 'server', message: m.message });
        setServerProblems(messages.map((m) => ({ fieldId: fieldId(m.field), message: m.message })));
      } finally {
        setSaving(false);
      }
    },
  });
  const allProblems = [...problems, ...serverProblems];
  const title = `Deactivate ${user.displayName}?`;
  usePageTitle(title, allProblems.length > 0);
  return (
    <>
      <ErrorSummary problems={allProblems} />
      <PageHeading>{title}</PageHeading>
      <SummaryList
        rows={[
          { key: 'Username', value: user.username },
          { key: 'Role', value: roleNames[user.role] },
          { key: 'Agency', value: user.agency.name },
          { key: 'Team', value: user.team?.name ?? 'No team' },
        ]}
      />
      <WarningText>
        They will be signed out at once and cannot sign in again. What they recorded stays on the record under their name.
      </WarningText>
      <form
        noValidate
        onSubmit={(event) => {
          setServerProblems([]);
          void submit(event);
        }}
      >
        <Textarea
          label="Why are you deactivating this user?"
          hint="For example, they have left the partnership or changed job. This is kept with the deactivation."
          registration={form.register('reason')}
          error={form.formState.errors.reason?.message}
          rows={3}
        />
        <ButtonGroup>
          <Button variant="warning" disabled={saving}>
            Deactivate user
          </Button>
          <Link className="govuk-link" href="/admin/users">
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}

/** The deactivate a user page. */
export function DeactivateUserPage({ userId }: { userId: string }) {
  const me = useUser();
  const state = useDirectory();
  if (state.kind === 'loading') {
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <Page title="Deactivate a user">
        <p className="govuk-body">The user could not be loaded: {state.message}</p>
      </Page>
    );
  }
  const user = state.directory.users.find((u) => u.id === userId);
  if (!user || user.deactivated || user.id === me.id) {
    const why = !user
      ? 'There is no such user in your partnership.'
      : user.deactivated
        ? `${user.displayName} is already deactivated.`
        : 'You cannot deactivate yourself. Ask another administrator.';
    return (
      <Page title="Deactivate a user" before={<BackLink href="/admin/users" />}>
        <p className="govuk-body">{why}</p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/admin/users">
            Back to users
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <>
      <BackLink href="/admin/users" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConfirmForm user={user} />
        </div>
      </div>
    </>
  );
}
