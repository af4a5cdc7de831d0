// What an edit view shows instead of its form: an invitation to sign in, or a refusal.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

export function SignInPrompt({ title }: { title: string }) {
  const { t } = useTranslation('edit');
  const location = useLocation();
  const next = encodeURIComponent(`${location.pathname}${location.search}`);
  return (
    <section className="edit-page">
      <h1>{title}</h1>
      <div className="card notice-box" data-testid="edit-sign-in">
        <p>{t('access.signInNeeded')}</p>
        <Link className="button-link" to={`/sign-in?next=${next}`}>{t('access.signIn')}</Link>
      </div>
    </section>
  );
}

export function Forbidden({ title, back, backLabel }: { title: string; back: string; backLabel: string }) {
  const { t } = useTranslation('edit');
  return (
    <section className="edit-page">
      <h1>{title}</h1>
      <div className="card notice-box forbidden" role="alert" data-testid="edit-forbidden">
        <p><strong>{t('access.forbiddenTitle')}</strong></p>
        <p>{t('access.forbidden')}</p>
        <Link to={back}>{backLabel}</Link>
      </div>
    </section>
  );
}
