/** Sign in with a username and password. */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { ApiError } from '../api/client.js';
import { navigate } from '../app/router.js';
import { ErrorSummary, type FieldProblem } from '../components/ErrorSummary.js';
import { Button, Details } from '../components/display.js';
import { TextInput } from '../components/fields.js';
import { problemsFrom } from '../forms/problems.js';
import { PageHeading, usePageTitle } from '../layout/Page.js';
import { useDemoMode } from './demo.js';
import { homeFor, useSession } from './session.js';

const signInSchema = z.object({
  username: z.string().trim().min(1, { error: 'Enter your username' }),
  password: z.string().min(1, { error: 'Enter your password' }),
});
type SignIn = z.infer<typeof signInSchema>;

/** Demo accounts the server seeds in embedded mode (apps/server/src/seed/demo-users.ts). */
const demoUsers = [
  { username: 'duty.worker', role: 'Duty social worker at the front door' },
  { username: 'dsl', role: 'Designated safeguarding lead at a primary school' },
  { username: 'supervisor', role: 'Front door team manager' },
  { username: 'auditor', role: 'Auditor' },
  { username: 'admin', role: 'Administrator' },
];

/** The shared password of the demo accounts; shown only while the server says it is a demo. */
const DEMO_PASSWORD = 'demo-password-not-secret';

/** The sign-in page. */
export function SignInPage({ next }: { next?: string | null }) {
  const { signIn } = useSession();
  const demo = useDemoMode();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const form = useForm<SignIn>({
    resolver: zodResolver(signInSchema),
    defaultValues: { username: '', password: '' },
    shouldFocusError: false,
  });
  const { register, formState, handleSubmit } = form;
  usePageTitle('Sign in', problems.length > 0);
  const submit = handleSubmit(
    async ({ username, password }) => {
      try {
        const user = await signIn(username, password);
        navigate(next?.startsWith('/') && !next.startsWith('//') ? next : homeFor(user.role), { replace: true });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          form.setError('password', { message: 'Your username or password is not right. Check them and try again' });
          setProblems([{ fieldId: 'f-password', message: 'Your username or password is not right. Check them and try again' }]);
        } else if (error instanceof ApiError && error.status === 429) {
          setProblems([{ fieldId: 'f-username', message: 'Too many tries. Wait a minute, then try again' }]);
        } else {
          setProblems([{ fieldId: 'f-username', message: 'Sightline cannot be reached. Check your connection and try again' }]);
        }
      }
    },
    (errors) => setProblems(problemsFrom(errors)),
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={problems} />
        <PageHeading>Sign in to Sightline</PageHeading>
        <form noValidate onSubmit={submit}>
          <TextInput
            label="Username"
            registration={register('username')}
            error={formState.errors.username?.message}
            autoComplete="username"
            spellCheck={false}
            width="20"
          />
          <TextInput
            label="Password"
            type="password"
            registration={register('password')}
            error={formState.errors.password?.message}
            autoComplete="current-password"
            width="20"
          />
          <Button>Sign in</Button>
        </form>
        {demo ? (
          <Details summary="Demo accounts">
            <p className="govuk-body">
              These accounts exist only in the demo, where every family is made up. Each has the password{' '}
              <code>{DEMO_PASSWORD}</code>.
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {demoUsers.map((u) => (
                <li key={u.username}>
                  <code>{u.username}</code>: {u.role}
                </li>
              ))}
            </ul>
          </Details>
        ) : null}
      </div>
    </div>
  );
}
