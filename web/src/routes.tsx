/**
 * The app's addresses, all under /app/. Pages are loaded when first visited, so the first
 * download is only the frame and the sign-in page.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { loadECharts } from './charts/load-echarts.js';
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
        path: 'measures/:code',
        element: page(() => import('./measure/MeasurePage.js'), 'MeasurePage', true),
      },
      { path: 'entry', element: page(() => import('./entry/EntryPage.js'), 'EntryPage') },
      { path: 'quality', element: page(() => import('./quality/QualityPage.js'), 'QualityPage') },
      { path: 'reports', element: page(() => import('./reports/ReportsPage.js'), 'ReportsPage') },
      { path: 'reviews', element: page(() => import('./reviews/ReviewsPage.js'), 'ReviewsPage') },
      { path: 'reviews/:id', element: page(() => import('./reviews/ReviewPage.js'), 'ReviewPage') },
      {
        path: 'recovery-plans',
        element: page(() => import('./reviews/RecoveryPlansPage.js'), 'RecoveryPlansPage'),
      },
      { path: 'risks', element: page(() => import('./reviews/RisksPage.js'), 'RisksPage', true) },
      {
        path: 'dashboards',
        element: page(() => import('./dashboards/DashboardsIndexPage.js'), 'DashboardsIndexPage'),
      },
      {
        path: 'dashboards/:id',
        element: page(() => import('./dashboards/DashboardPage.js'), 'DashboardPage', true),
      },
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
