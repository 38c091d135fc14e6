/**
 * The app's addresses, all under /app/. Pages are loaded when first visited, so the first
 * download is only the frame and the sign-in page.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { loadECharts } from './charts/load-echarts.js';
import { preloadDashboardData } from './dashboards/preload.js';
import { Layout } from './layout/Layout.js';
import { Loading, Page } from './layout/Page.js';
import { AccessibilityPage } from './pages/AccessibilityPage.js';

/** A page loaded on first visit; `withCharts` fetches ECharts alongside, not after, the page's own code. */
function page<T extends Record<string, unknown>>(load: () => Promise<T>, name: keyof T, withCharts = false) {
  const Component = lazy(async () => {
    const [module] = await Promise.all([load(), withCharts ? loadECharts() : null]);
    return { default: module[name] as ComponentType };
  });
  return (
    <Suspense fallback={<Loading what="the page" />}>
      <Component />
    </Suspense>
  );
}

function NotFound() {
  return (
    <Page title="Page not found">
      <p>There is nothing at this address. Check it, or go to the home page.</p>
    </Page>
  );
}

const routes: RouteObject[] = [
  {
    path: '/app',
    element: <Layout />,
    children: [
      { index: true, element: page(() => import('./home/HomePage.js'), 'HomePage') },
      { path: 'thread', element: page(() => import('./thread/ThreadPage.js'), 'ThreadPage') },
      { path: 'scorecard', element: page(() => import('./scorecard/ScorecardPage.js'), 'ScorecardPage') },
      {
        path: 'balanced-scorecard',
        element: page(() => import('./balanced-scorecard/BalancedScorecardPage.js'), 'BalancedScorecardPage'),
      },
      {
        path: 'measures/:code',
        element: page(() => import('./measure/MeasurePage.js'), 'MeasurePage', true),
      },
      { path: 'entry', element: page(() => import('./entry/EntryPage.js'), 'EntryPage') },
      { path: 'import', element: page(() => import('./import/ImportPage.js'), 'ImportPage') },
      { path: 'quality', element: page(() => import('./quality/QualityPage.js'), 'QualityPage') },
      { path: 'reports', element: page(() => import('./reports/ReportsPage.js'), 'ReportsPage') },
      { path: 'reviews', element: page(() => import('./reviews/ReviewsPage.js'), 'ReviewsPage') },
      { path: 'reviews/:id', element: page(() => import('./reviews/ReviewPage.js'), 'ReviewPage') },
      {
        path: 'recovery-plans',
        element: page(() => import('./reviews/RecoveryPlansPage.js'), 'RecoveryPlansPage'),
      },
      { path: 'risks', element: page(() => import('./reviews/RisksPage.js'), 'RisksPage', true) },
      { path: 'actions', element: page(() => import('./pdrr/ActionsPage.js'), 'ActionsPage') },
      { path: 'account/password', element: page(() => import('./pages/PasswordPage.js'), 'PasswordPage') },
      { path: 'actions/new', element: page(() => import('./pdrr/NewActionForm.js'), 'NewActionPage') },
      { path: 'actions/:id', element: page(() => import('./pdrr/ActionPage.js'), 'ActionPage') },
      { path: 'objectives', element: page(() => import('./pdrr/ObjectivesPage.js'), 'ObjectivesPage') },
      { path: 'complaints', element: page(() => import('./pdrr/ComplaintsPage.js'), 'ComplaintsPage') },
      {
        path: 'dashboards',
        element: page(() => import('./dashboards/DashboardsIndexPage.js'), 'DashboardsIndexPage'),
      },
      {
        path: 'dashboards/:id',
        // The data is asked for at once, alongside the page's code and ECharts.
        loader: ({ params, request }) => {
          preloadDashboardData(params.id ?? '', new URL(request.url).searchParams);
          return null;
        },
        // Only on opening a dashboard; the page itself asks again when its figures change.
        shouldRevalidate: ({ currentParams, nextParams, currentUrl, nextUrl }) =>
          currentParams.id !== nextParams.id ||
          currentUrl.searchParams.get('area') !== nextUrl.searchParams.get('area'),
        element: page(() => import('./dashboards/DashboardPage.js'), 'DashboardPage', true),
      },
      {
        path: 'dashboards/:id/history',
        element: page(() => import('./dashboards/HistoryPage.js'), 'HistoryPage'),
      },
      { path: 'maps', element: page(() => import('./maps/MapsPage.js'), 'MapsPage', true) },
      { path: 'admin', element: page(() => import('./admin/AdminPage.js'), 'AdminPage') },
      {
        path: 'admin/measures',
        element: page(() => import('./admin/catalogue/MeasuresAdminPage.js'), 'MeasuresAdminPage'),
      },
      {
        path: 'admin/measures/new',
        element: page(() => import('./admin/catalogue/MeasureEditPage.js'), 'NewMeasurePage'),
      },
      {
        path: 'admin/measures/:code',
        element: page(() => import('./admin/catalogue/MeasureEditPage.js'), 'MeasureEditPage'),
      },
      {
        path: 'admin/strategy',
        element: page(() => import('./admin/catalogue/StrategyAdminPage.js'), 'StrategyAdminPage'),
      },
      { path: 'admin/users', element: page(() => import('./admin/people/UsersPage.js'), 'UsersPage') },
      { path: 'admin/users/:id', element: page(() => import('./admin/people/UserPage.js'), 'UserPage') },
      { path: 'admin/roles', element: page(() => import('./admin/people/RolesPage.js'), 'RolesPage') },
      { path: '*', element: <NotFound /> },
    ],
  },
  {
    path: '/app/accessibility',
    element: <Layout publicPage />,
    children: [{ index: true, element: <AccessibilityPage /> }],
  },
];

export const router = createBrowserRouter(routes);
