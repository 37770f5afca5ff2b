/** The administrator adds a user: who they are, their role, agency and team, and a first password. */
import { useEffect, useState } from 'react';
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import type { Role } from '../api/types.js';
import { Link, navigate } from '../app/router.js';
import { ErrorSummary, type FieldProblem } from '../components/ErrorSummary.js';
import { BackLink, Button, ButtonGroup } from '../components/display.js';
import { fieldId, Radios, TextInput } from '../components/fields.js';
import { useStepForm } from '../forms/useStepForm.js';
import { PageHeading, usePageTitle } from '../layout/Page.js';
import { adminApi } from './adminApi.js';
import { roleChoices } from './roles.js';
import { fieldMessages } from './serverProblems.js';
import { type Directory, useDirectory } from './useDirectory.js';

/** "Not in a team", as the team radios send it. */
const NO_TEAM = 'none';

/** The same rules the server applies (apps/server/src/routes/admin.ts), with messages a person can act on. */
export const newUserSchema = z.object({
  username: z
    .string()
    .trim()
    .min(1, { error: 'Enter a username' })
    .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/i, {
      error: 'Use 3 to 64 letters, digits, dots, dashes or underscores for the username, starting with a letter or digit',
    }),
  displayName: z
    .string()
    .trim()
    .min(1, { error: 'Enter the person’s name' })
    .max(200, { error: 'Use 200 characters or fewer for the name' }),
  role: z.enum(roleChoices.map((r) => r.value) as [Role, ...Role[]], { error: 'Select a role' }),
  agencyId: z.string().min(1, { error: 'Select an agency' }),
  teamId: z
    .string()
    .min(1, { error: 'Select a team, or not in a team' })
    .transform((t) => (t === NO_TEAM ? null : t)),
  password: z
    .string()
    .min(12, { error: 'Use at least 12 characters for the password' })
    .max(200, { error: 'Use 200 characters or fewer for the password' }),
});

type NewUserForm = z.input<typeof newUserSchema>;
const formFields: FieldPath<NewUserForm>[] = ['username', 'displayName', 'role', 'agencyId', 'teamId', 'password'];

function AddUserForm({ directory }: { directory: Directory }) {
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const { form, problems, submit } = useStepForm({
    schema: newUserSchema,
    defaults: { username: '', displayName: '', role: '', agencyId: '', teamId: '', password: '' } as unknown as NewUserForm,
    onValid: async (user) => {
      setSaving(true);
      try {
        const made = await adminApi.addUser(user);
        navigate(`/admin/users?added=${encodeURIComponent(made.id)}`);
      } catch (error) {
        const messages = fieldMessages(error, formFields, 'username', 'username', 'The user could not be added');
        for (const m of messages) form.setError(m.field as FieldPath<NewUserForm>, { type: 'server', message: m.message });
        setServerProblems(messages.map((m) => ({ fieldId: fieldId(m.field), message: m.message })));
      } finally {
        setSaving(false);
      }
    },
  });
  const { register, formState, watch, getValues, setValue } = form;
  const errors = formState.errors;
  const allProblems = [...problems, ...serverProblems];
  usePageTitle('Add a user', allProblems.length > 0);
  const agencyId = watch('agencyId');
  const agency = directory.agencies.find((a) => a.id === agencyId);
  const teams = directory.teams.filter((t) => t.agencyId === agencyId);
  useEffect(() => {
    // A team belongs to one agency: choosing another agency clears a team that is not in it.
    const teamId = getValues('teamId');
    const inAgency = directory.teams.some((t) => t.id === teamId && t.agencyId === agencyId);
    if (teamId && teamId !== NO_TEAM && !inAgency) setValue('teamId', '');
  }, [agencyId, directory.teams, getValues, setValue]);
  return (
    <>
      <ErrorSummary problems={allProblems} />
      <PageHeading>Add a user</PageHeading>
      <form
        noValidate
        onSubmit={(event) => {
          setServerProblems([]);
          void submit(event);
        }}
      >
        <TextInput
          label="Name"
          hint="Their full name, as colleagues will see it on records."
          registration={register('displayName')}
          error={errors.displayName?.message}
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput
          label="Username"
          hint="They sign in with this. Use 3 to 64 letters, digits, dots, dashes or underscores, for example sam.patel."
          registration={register('username')}
          error={errors.username?.message}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          width="20"
        />
        <Radios legend="Role" name="role" registration={register('role')} error={errors.role?.message} choices={roleChoices} />
        <Radios
          legend="Agency"
          name="agencyId"
          hint="Where they work. They see the cases and pupils of this agency."
          registration={register('agencyId')}
          error={errors.agencyId?.message}
          choices={directory.agencies.map((a) => ({ value: a.id, label: a.name }))}
        />
        <Radios
          legend="Team"
          name="teamId"
          hint={
            agency
              ? `Teams in ${agency.name}. A supervisor in a team sees that team’s decisions.`
              : 'Select the agency first to see its teams.'
          }
          registration={register('teamId')}
          error={errors.teamId?.message}
          choices={[...teams.map((t) => ({ value: t.id, label: t.name })), { value: NO_TEAM, label: 'Not in a team' }]}
        />
        <TextInput
          label="First password"
          hint="At least 12 characters. Give it to them in person or by phone, never by email."
          type="password"
          registration={register('password')}
          error={errors.password?.message}
          autoComplete="new-password"
          width="20"
        />
        <ButtonGroup>
          <Button disabled={saving}>Add user</Button>
          <Link className="govuk-link" href="/admin/users">
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}

/** The add a user page. */
export function AddUserPage() {
  const state = useDirectory();
  return (
    <>
      <BackLink href="/admin/users" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {state.kind === 'loaded' ? <AddUserForm directory={state.directory} /> : null}
          {state.kind === 'loading' ? (
            <p className="govuk-body" role="status">
              Loading…
            </p>
          ) : null}
          {state.kind === 'failed' ? <p className="govuk-body">The form could not be loaded: {state.message}</p> : null}
        </div>
      </div>
    </>
  );
}
