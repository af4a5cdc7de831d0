import { useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { api } from '../api/client.ts';
import { SESSION_KEY, useSession } from '../hooks/useSession.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { FlashNotice } from './FlashNotice.tsx';
import { ErrorBoundary, Loading } from './QueryState.tsx';

export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const user = session.data?.user;
  const signOut = async () => {
    await api('/api/auth/sign-out', { method: 'POST' });
    await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  };
  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('skipToContent')}</a>
      <header className="app-header">
        <Link to="/" className="brand">{t('appName')}<span className="tagline">{t('tagline')}</span></Link>
        <nav aria-label="main">
          <NavLink to="/" end>{t('nav.map')}</NavLink>
          <NavLink to="/mapping">{t('nav.mapping')}</NavLink>
          <NavLink to="/opportunities">{t('nav.opportunities')}</NavLink>
          <NavLink to="/partners">{t('nav.partners')}</NavLink>
          <NavLink to="/crosssector">{t('nav.crosssector')}</NavLink>
          <NavLink to="/calls">{t('nav.calls')}</NavLink>
          <NavLink to="/evaluation">{t('nav.evaluation')}</NavLink>
          <NavLink to="/registry/clusters">{t('nav.clusters')}</NavLink>
          <NavLink to="/registry/organizations">{t('nav.organizations')}</NavLink>
          {user && (user.role === 'admin' || user.role === 'analyst') && <NavLink to="/import">{t('nav.import')}</NavLink>}
          <NavLink to="/methods">{t('nav.methods')}</NavLink>
          <NavLink to="/about">{t('nav.about')}</NavLink>
        </nav>
        <div className="header-tools">
          <LanguageSwitch />
          {user ? (
            <span className="user">
              <span className="user-email">{t('auth.signedInAs', { email: user.email })}</span>
              <button type="button" onClick={() => void signOut()}>{t('auth.signOut')}</button>
            </span>
          ) : (
            <Link to="/sign-in" className="button-link">{t('auth.signIn')}</Link>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <FlashNotice />
      <footer className="app-footer"><p>{t('footer')} <Link to="/about">{t('nav.about')}</Link></p></footer>
    </div>
  );
}
