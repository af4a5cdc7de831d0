// The app's routes; heavy views load on demand so the map's bundle stays small.
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { Layout } from '../components/Layout.tsx';
import { NotFound } from '../views/NotFound.tsx';

const MapView = lazy(() => import('../views/map/index.tsx'));
const ClusterProfile = lazy(() => import('../views/cluster-profile/index.tsx'));
const Mapping = lazy(() => import('../views/mapping/index.tsx'));
const Opportunities = lazy(() => import('../views/opportunities/index.tsx'));
const Partners = lazy(() => import('../views/partners/index.tsx'));
const ComparePartners = lazy(() => import('../views/partners/Compare.tsx'));
const CrossSector = lazy(() => import('../views/crosssector/index.tsx'));
const Calls = lazy(() => import('../views/calls/index.tsx'));
const CallPage = lazy(() => import('../views/calls/CallPage.tsx'));
const OrganizationPage = lazy(() => import('../views/organization/index.tsx'));
const Evaluation = lazy(() => import('../views/evaluation/index.tsx'));
const ProgrammeReport = lazy(() => import('../views/evaluation/ProgrammeReport.tsx'));
const ClusterEvaluation = lazy(() => import('../views/cluster-evaluation/index.tsx'));
const ClusterReport = lazy(() => import('../views/cluster-evaluation/ClusterReport.tsx'));
const Registry = lazy(() => import('../views/registry/index.tsx'));
const EditCluster = lazy(() => import('../views/edit/EditCluster.tsx'));
const EditOrganization = lazy(() => import('../views/edit/EditOrganization.tsx'));
const ImportWizard = lazy(() => import('../views/import/index.tsx'));
const SignIn = lazy(() => import('../views/sign-in/index.tsx'));
const About = lazy(() => import('../views/about/index.tsx'));
const Methods = lazy(() => import('../views/methods/index.tsx'));

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <MapView /> },
      { path: '/clusters/:id', element: <ClusterProfile /> },
      { path: '/clusters/:id/edit', element: <EditCluster /> },
      { path: '/organizations/:id', element: <OrganizationPage /> },
      { path: '/organizations/:id/edit', element: <EditOrganization /> },
      { path: '/mapping', element: <Mapping /> },
      { path: '/opportunities', element: <Opportunities /> },
      { path: '/partners', element: <Partners /> },
      { path: '/partners/compare', element: <ComparePartners /> },
      { path: '/crosssector', element: <CrossSector /> },
      { path: '/calls', element: <Calls /> },
      { path: '/calls/:id', element: <CallPage /> },
      { path: '/evaluation', element: <Evaluation /> },
      { path: '/evaluation/programmes/:id/report', element: <ProgrammeReport /> },
      { path: '/evaluation/clusters/:id', element: <ClusterEvaluation /> },
      { path: '/evaluation/clusters/:id/report', element: <ClusterReport /> },
      { path: '/registry/:kind', element: <Registry /> },
      { path: '/import', element: <ImportWizard /> },
      { path: '/sign-in', element: <SignIn /> },
      { path: '/about', element: <About /> },
      { path: '/methods', element: <Methods /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
