import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation, type RouteObject } from 'react-router';
import { Footer } from '../layout/Footer';
import { Header } from '../layout/Header';
import { HomePage } from '../pages/HomePage';
import { NotAllowedPage } from '../pages/NotAllowedPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SignInPage } from '../pages/SignInPage';
import { adminRoutes } from '../sections/admin/routes';
import { ALL_SECTIONS } from '../sections/all-sections';
import { analystRoutes } from '../sections/analyst/routes';
import { coachRoutes } from '../sections/coach/routes';
import { leadRoutes } from '../sections/lead/routes';
import { lineManagerRoutes } from '../sections/line-manager/routes';
import { mayOpen, sectionsFor } from '../sections/navigation';
import type { PortalSection } from '../sections/section';
import { staffRoutes } from '../sections/staff/routes';
import { supervisorRoutes } from '../sections/supervisor/routes';
import { SessionProvider, useSession } from '../session/session-context';

const SECTION_ROUTES: Record<string, RouteObject[]> = {
  staff: staffRoutes,
  coach: coachRoutes,
  'line-manager': lineManagerRoutes,
  lead: leadRoutes,
  supervisor: supervisorRoutes,
  analyst: analystRoutes,
  admin: adminRoutes,
};

function Layout() {
  const { person, signOut } = useSession();
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <Header person={person} sections={person ? sectionsFor(ALL_SECTIONS, person.roles.map((grant) => grant.role)) : []} onSignOut={signOut} />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <Footer />
    </>
  );
}

/** Signed in, or sent to sign in and brought back here afterwards. */
function RequireSignIn() {
  const { person } = useSession();
  const location = useLocation();
  if (!person) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Outlet />;
}

/** A section's pages, only for the roles it names: anyone else is told so, never shown its content. */
function RequireSection({ section }: { section: PortalSection }) {
  const { person } = useSession();
  if (!person || !mayOpen(section, person.roles.map((grant) => grant.role))) return <NotAllowedPage />;
  return <Outlet />;
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      {
        element: <RequireSignIn />,
        children: [
          { index: true, element: <HomePage /> },
          ...ALL_SECTIONS.map((section) => ({
            path: section.basePath,
            element: <RequireSection section={section} />,
            // The catch-all sits behind the role check too, so a page that does not exist is not told apart from one that does.
            children: [...(SECTION_ROUTES[section.id] ?? []), { path: '*', element: <NotFoundPage /> }],
          })),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
