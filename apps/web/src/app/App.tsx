/** The app: session, layout, and which page shows for the path. */
import { lazy, type ReactNode, Suspense } from 'react';
import { Layout, type NavItem } from '../layout/Layout.js';
import { PageHeading, usePageTitle } from '../layout/Page.js';
import type { Role } from '../api/types.js';
import { SignInPage } from '../session/SignInPage.js';
import { homeFor, SessionProvider, useSession } from '../session/session.js';
import { matchPath, navigate, Redirect, useLocation } from './router.js';
import { ConnectionStatus } from './ConnectionStatus.js';

const InboxPage = lazy(() => import('../contact/InboxPage.js').then((m) => ({ default: m.InboxPage })));
const NewContactPage = lazy(() => import('../contact/NewContactPage.js').then((m) => ({ default: m.NewContactPage })));
const ContactFlowPage = lazy(() => import('../contact/ContactFlowPage.js').then((m) => ({ default: m.ContactFlowPage })));
const DecisionRecordPage = lazy(() => import('../record/DecisionRecordPage.js').then((m) => ({ default: m.DecisionRecordPage })));
const RulebookPage = lazy(() => import('../rulebook/RulebookPage.js').then((m) => ({ default: m.RulebookPage })));
const AuditQueuePage = lazy(() => import('../supervisor/AuditQueuePage.js').then((m) => ({ default: m.AuditQueuePage })));
const DecisionReviewPage = lazy(() =>
  import('../supervisor/DecisionReviewPage.js').then((m) => ({ default: m.DecisionReviewPage })),
);
const SchoolHomePage = lazy(() => import('../dsl/SchoolHomePage.js').then((m) => ({ default: m.SchoolHomePage })));
const LogConcernPage = lazy(() => import('../dsl/LogConcernPage.js').then((m) => ({ default: m.LogConcernPage })));
const RequestSupportPage = lazy(() => import('../dsl/RequestSupportPage.js').then((m) => ({ default: m.RequestSupportPage })));
const ReferralOutcomePage = lazy(() => import('../dsl/ReferralOutcomePage.js').then((m) => ({ default: m.ReferralOutcomePage })));
const PupilChronologyPage = lazy(() => import('../dsl/PupilChronologyPage.js').then((m) => ({ default: m.PupilChronologyPage })));
const EscalationListPage = lazy(() =>
  import('../escalation/EscalationListPage.js').then((m) => ({ default: m.EscalationListPage })),
);
const RaiseEscalationPage = lazy(() =>
  import('../escalation/RaiseEscalationPage.js').then((m) => ({ default: m.RaiseEscalationPage })),
);
const EscalationTrackerPage = lazy(() =>
  import('../escalation/EscalationTrackerPage.js').then((m) => ({ default: m.EscalationTrackerPage })),
);
const ChildPage = lazy(() => import('../child/ChildPage.js').then((m) => ({ default: m.ChildPage })));
const ProtectionPage = lazy(() => import('../protection/ProtectionPage.js').then((m) => ({ default: m.ProtectionPage })));
const UsersPage = lazy(() => import('../admin/UsersPage.js').then((m) => ({ default: m.UsersPage })));
const AddUserPage = lazy(() => import('../admin/AddUserPage.js').then((m) => ({ default: m.AddUserPage })));
const DeactivateUserPage = lazy(() => import('../admin/DeactivateUserPage.js').then((m) => ({ default: m.DeactivateUserPage })));

/** A route: its path pattern, who may see it and what it shows. */
interface Route {
  pattern: string;
  roles: Role[] | 'anyone';
  render: (params: Record<string, string>, search: URLSearchParams) => ReactNode;
}

const frontDoor: Role[] = ['duty-worker', 'supervisor'];
const readers: Role[] = ['duty-worker', 'supervisor', 'auditor', 'dsl'];

const routes: Route[] = [
  { pattern: '/contacts', roles: frontDoor, render: () => <InboxPage /> },
  { pattern: '/contacts/new', roles: [...frontDoor, 'dsl'], render: (_p, s) => <NewContactPage caseId={s.get('case')} /> },
  {
    pattern: '/contact/:draftId',
    roles: [...frontDoor, 'dsl'],
    render: (p) => <ContactFlowPage draftId={p.draftId ?? ''} step={null} />,
  },
  {
    pattern: '/contact/:draftId/:step',
    roles: [...frontDoor, 'dsl'],
    render: (p) => <ContactFlowPage draftId={p.draftId ?? ''} step={p.step ?? null} />,
  },
  { pattern: '/decisions/:id', roles: readers, render: (p) => <DecisionRecordPage decisionId={p.id ?? ''} /> },
  { pattern: '/decisions/:id/review', roles: ['supervisor'], render: (p) => <DecisionReviewPage decisionId={p.id ?? ''} /> },
  { pattern: '/audit', roles: ['supervisor', 'auditor'], render: () => <AuditQueuePage /> },
  { pattern: '/school', roles: ['dsl'], render: () => <SchoolHomePage /> },
  { pattern: '/school/concerns/new', roles: ['dsl'], render: () => <LogConcernPage /> },
  { pattern: '/school/requests/new', roles: ['dsl'], render: () => <RequestSupportPage /> },
  { pattern: '/school/pupils/:pupilId', roles: ['dsl'], render: (p) => <PupilChronologyPage pupilId={p.pupilId ?? ''} /> },
  { pattern: '/school/referrals/:caseId', roles: ['dsl'], render: (p) => <ReferralOutcomePage caseId={p.caseId ?? ''} /> },
  { pattern: '/escalations', roles: readers, render: () => <EscalationListPage /> },
  { pattern: '/escalations/new', roles: ['dsl'], render: (_p, s) => <RaiseEscalationPage caseId={s.get('case')} /> },
  { pattern: '/escalations/:id', roles: readers, render: (p) => <EscalationTrackerPage escalationId={p.id ?? ''} /> },
  {
    pattern: '/escalations/:id/:step',
    roles: readers,
    render: (p) => <EscalationTrackerPage escalationId={p.id ?? ''} step={p.step ?? null} />,
  },
  {
    pattern: '/children/:personId',
    roles: ['duty-worker', 'supervisor', 'auditor'],
    render: (p) => <ChildPage personId={p.personId ?? ''} />,
  },
  { pattern: '/protection/:caseId', roles: frontDoor, render: (p) => <ProtectionPage caseId={p.caseId ?? ''} step={null} /> },
  {
    pattern: '/protection/:caseId/:step',
    roles: frontDoor,
    render: (p) => <ProtectionPage caseId={p.caseId ?? ''} step={p.step ?? null} />,
  },
  {
    pattern: '/admin/users',
    roles: ['administrator'],
    render: (_p, s) => <UsersPage added={s.get('added')} deactivated={s.get('deactivated')} />,
  },
  { pattern: '/admin/users/new', roles: ['administrator'], render: () => <AddUserPage /> },
  {
    pattern: '/admin/users/:id/deactivate',
    roles: ['administrator'],
    render: (p) => <DeactivateUserPage userId={p.id ?? ''} />,
  },
  {
    pattern: '/rulebook',
    roles: ['duty-worker', 'dsl', 'supervisor', 'auditor', 'administrator'],
    render: () => <RulebookPage />,
  },
];

/** The navigation each role sees. */
function navFor(role: Role | null): NavItem[] {
  switch (role) {
    case 'duty-worker':
      return [
        { href: '/contacts', text: 'Contacts' },
        { href: '/escalations', text: 'Disagreements' },
        { href: '/rulebook', text: 'Rulebook' },
      ];
    case 'supervisor':
      return [
        { href: '/audit', text: 'Audit' },
        { href: '/contacts', text: 'Contacts' },
        { href: '/escalations', text: 'Disagreements' },
        { href: '/rulebook', text: 'Rulebook' },
      ];
    case 'dsl':
      return [
        { href: '/school', text: 'My school' },
        { href: '/escalations', text: 'Disagreements' },
        { href: '/rulebook', text: 'Rulebook' },
      ];
    case 'auditor':
      return [
        { href: '/audit', text: 'Audit' },
        { href: '/rulebook', text: 'Rulebook' },
      ];
    case 'administrator':
      return [
        { href: '/admin/users', text: 'Users' },
        { href: '/rulebook', text: 'Rulebook' },
      ];
    default:
      return [];
  }
}

function Message({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {children}
    </>
  );
}

function Loading() {
  return (
    <p className="govuk-body" role="status">
      Loading…
    </p>
  );
}

function Routes() {
  const { state } = useSession();
  const { path, search } = useLocation();
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'unreachable') {
    return (
      <Message title="Sightline cannot be reached">
        <p className="govuk-body">Check your connection, then reload the page. Answers you typed are kept on this computer.</p>
      </Message>
    );
  }
  const user = state.kind === 'signed-in' ? state.user : null;
  if (path === '/sign-in') return user ? <Redirect to={homeFor(user.role)} /> : <SignInPage next={search.get('next')} />;
  if (path === '/') return <Redirect to={user ? homeFor(user.role) : '/sign-in'} />;
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (!params) continue;
    if (route.roles !== 'anyone') {
      if (!user) return <Redirect to={`/sign-in?next=${encodeURIComponent(path + (search.size ? `?${search}` : ''))}`} />;
      if (!route.roles.includes(user.role)) {
        return (
          <Message title="You cannot see this page">
            <p className="govuk-body">Your role does not include this page. Ask your manager if you think it should.</p>
          </Message>
        );
      }
    }
    return <Suspense fallback={<Loading />}>{route.render(params, search)}</Suspense>;
  }
  return (
    <Message title="Page not found">
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
    </Message>
  );
}

function SignOutLink() {
  const { state, signOut } = useSession();
  if (state.kind !== 'signed-in') return null;
  return (
    <button
      type="button"
      className="govuk-service-navigation__link sl-link-button"
      onClick={() => {
        void signOut().then(() => navigate('/sign-in'));
      }}
    >
      Sign out<span className="govuk-visually-hidden"> {state.user.displayName}</span>
    </button>
  );
}

function Shell() {
  const { state } = useSession();
  const role = state.kind === 'signed-in' ? state.user.role : null;
  return (
    <Layout nav={navFor(role)} signOut={<SignOutLink />} status={<ConnectionStatus />}>
      <Routes />
    </Layout>
  );
}

/** The whole app. */
export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}
