// /sign-in: e-mail and password; on success the session is re-read and the user goes back to ?next=.
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, ApiError } from '../../api/client.ts';
import { SESSION_KEY, useSession } from '../../hooks/useSession.ts';
import { safeNext } from '../edit/form.ts';
import '../edit/edit.css';
import './sign-in.css';

type Failure = 'credentials' | 'missing' | 'other' | null;

export default function SignIn() {
  const { t } = useTranslation('auth');
  const { t: common } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure>(null);
  const [detail, setDetail] = useState('');
  const alertRef = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setFailure('missing');
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await api('/api/auth/sign-in', { method: 'POST', json: { email: email.trim(), password } });
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      void navigate(next, { replace: true });
    } catch (error) {
      setPassword('');
      if (error instanceof ApiError && error.status === 401) setFailure('credentials');
      else {
        setFailure('other');
        setDetail(error instanceof Error ? error.message : String(error));
      }
      window.setTimeout(() => alertRef.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  const user = session.data?.user;
  return (
    <section className="sign-in-page">
      <h1>{t('title')}</h1>
      {user && (
        <p className="card signed-in-note" data-testid="sign-in-already">
          {t('already', { email: user.email, role: common(`role.${user.role}`) })} <Link to={next}>{t('continue')}</Link>
        </p>
      )}
      <p className="sign-in-intro">{t('intro')}</p>
      {failure && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={alertRef} data-testid="sign-in-error">
          <p>{failure === 'credentials' ? t('wrongCredentials') : failure === 'missing' ? t('missing') : t('failed', { message: detail })}</p>
        </div>
      )}
      <form className="card sign-in-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        <div className="field">
          <label htmlFor="sign-in-email">{t('email')}</label>
          <input id="sign-in-email" name="email" type="email" data-testid="sign-in-email" autoComplete="username" inputMode="email"
            spellCheck={false} autoCapitalize="none" required value={email} onChange={(e) => setEmail(e.target.value)}
            aria-invalid={failure ? true : undefined} />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{t('password')}</label>
          <input id="sign-in-password" name="password" type="password" data-testid="sign-in-password" autoComplete="current-password"
            required value={password} onChange={(e) => setPassword(e.target.value)} aria-invalid={failure ? true : undefined} />
        </div>
        <button type="submit" data-testid="sign-in-submit" disabled={busy}>{busy ? t('submitting') : t('submit')}</button>
      </form>
      <p className="field-hint">{t('noAccount')}</p>
    </section>
  );
}
