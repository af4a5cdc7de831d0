// A short success notice carried in the navigation state (`navigate(to, { state: { notice } })`), so it
// outlives the view that raised it; a polite live region that hides itself after a few seconds.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

const SHOW_MS = 8_000;

export function FlashNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const [hidden, setHidden] = useState<string | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setHidden(location.key), SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [notice, location.key]);
  if (!notice || hidden === location.key) return null;
  return (
    <div className="flash-notice" role="status" data-testid="edit-success">
      <span>{notice}</span>
      <button type="button" className="flash-close" aria-label={t('close')} onClick={() => setHidden(location.key)}>×</button>
    </div>
  );
}
