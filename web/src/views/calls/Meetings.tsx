// B2B matchmaking of a call: its time slots (managers add them), booking a meeting of two accepted
// organisations in a slot (the server refuses double booking), and the meetings booked.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call } from '../../api/calls.ts';
import type { SessionUser } from '../../api/types.ts';
import { ErrorMessage } from '../../components/QueryState.tsx';
import { useAddSlot, useBookMeeting, useCallMeetings, useCallSlots, useScreeningReport } from '../../hooks/useCalls.ts';
import { useFormat } from '../../hooks/useFormat.ts';

/** A `datetime-local` value (local time) as an ISO timestamp with offset, or '' when blank or invalid. */
export function localToIso(value: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

export function Meetings({ call, user, manager }: { call: Call; user: SessionUser | null; manager: boolean }) {
  const { t } = useTranslation('calls');
  const format = useFormat();
  const id = String(call.id);
  const slots = useCallSlots(id);
  const meetings = useCallMeetings(id, manager || user?.organizationId != null);
  const report = useScreeningReport(id, manager);
  const addSlot = useAddSlot(id);
  const book = useBookMeeting(id);
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [slotId, setSlotId] = useState('');
  const [from, setFrom] = useState(user?.organizationId != null && !manager ? String(user.organizationId) : '');
  const [withOrg, setWithOrg] = useState('');
  const time = (iso: string) => new Date(iso).toLocaleString(format.locale, { dateStyle: 'short', timeStyle: 'short' });
  const accepted = (report.data?.items ?? []).filter((i) => i.accepted);
  const canBook = manager || user?.organizationId != null;
  const orgChoice = (value: string, set: (v: string) => void, testId: string, label: string) => (
    <label className="call-field">
      <span>{label}</span>
      {accepted.length > 0 ? (
        <select data-testid={testId} value={value} onChange={(e) => set(e.target.value)}>
          <option value="" />
          {accepted.map((i) => <option key={i.organizationId} value={i.organizationId}>{i.name}</option>)}
        </select>
      ) : <input data-testid={testId} inputMode="numeric" value={value} size={8} onChange={(e) => set(e.target.value.replace(/\D/g, ''))} />}
    </label>
  );

  return (
    <section className="call-section" data-testid="call-meetings">
      <h2>{t('meetings.title')}</h2>
      <p className="call-muted">{t('meetings.hint')}</p>
      <h3>{t('meetings.slots')}</h3>
      {slots.isError && <ErrorMessage error={slots.error} />}
      {slots.data && slots.data.length === 0 && <p className="call-muted">{t('meetings.noSlots')}</p>}
      {slots.data && slots.data.length > 0 && (
        <ul data-testid="call-slots">
          {slots.data.map((s) => <li key={s.id} data-testid="call-slot" data-id={s.id}>{time(s.startsAt)} – {time(s.endsAt)}</li>)}
        </ul>
      )}
      {manager && (
        <form className="call-inline" data-testid="call-slot-form"
          onSubmit={(e) => { e.preventDefault(); addSlot.mutate({ startsAt: localToIso(startsAt), endsAt: localToIso(endsAt) }); }}>
          <label className="call-field"><span>{t('meetings.startsAt')}</span>
            <input type="datetime-local" data-testid="call-slot-start" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} /></label>
          <label className="call-field"><span>{t('meetings.endsAt')}</span>
            <input type="datetime-local" data-testid="call-slot-end" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} /></label>
          <button type="submit" data-testid="call-slot-add" disabled={addSlot.isPending}>{t('meetings.addSlot')}</button>
          {addSlot.isError && <span className="error" role="alert">{addSlot.error.message}</span>}
        </form>
      )}
      {canBook && (slots.data?.length ?? 0) > 0 && (
        <form className="call-inline" data-testid="call-book-form"
          onSubmit={(e) => {
            e.preventDefault();
            book.mutate({ slotId: Number(slotId), organizationId: Number(from), withOrganizationId: Number(withOrg) });
          }}>
          <label className="call-field"><span>{t('meetings.slot')}</span>
            <select data-testid="call-book-slot" value={slotId} onChange={(e) => setSlotId(e.target.value)}>
              <option value="" />
              {(slots.data ?? []).map((s) => <option key={s.id} value={s.id}>{time(s.startsAt)}</option>)}
            </select>
          </label>
          {manager ? orgChoice(from, setFrom, 'call-book-from', t('responses.organization')) : null}
          {orgChoice(withOrg, setWithOrg, 'call-book-with', t('meetings.with'))}
          <button type="submit" data-testid="call-book" disabled={book.isPending || !slotId || !from || !withOrg}>{t('meetings.book')}</button>
          {book.isSuccess && <span role="status" data-testid="call-book-done">{t('meetings.booked')}</span>}
          {book.isError && <span className="error" role="alert" data-testid="call-book-error">{book.error.message}</span>}
        </form>
      )}
      {meetings.data && (
        meetings.data.length === 0 ? <p className="call-muted">{t('meetings.none')}</p> : (
          <ul data-testid="call-meeting-list">
            {meetings.data.map((m) => (
              <li key={m.id} data-testid="call-meeting" data-slot={m.slotId}>
                {time(m.startsAt)}: {t('meetings.between', { a: m.requestedByName, b: m.withOrganizationName })}
              </li>
            ))}
          </ul>
        )
      )}
    </section>
  );
}
