// /clusters/:id/edit: a cluster's editable fields; the server checks every value and who may save.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../api/client.ts';
import { CLUSTER_STATUSES, type Cluster } from '../../api/types.ts';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { canEditCluster, useSession } from '../../hooks/useSession.ts';
import { Forbidden, SignInPrompt } from './Access.tsx';
import { CodeListField } from './CodeListField.tsx';
import { EditFrame, summaryItems } from './EditFrame.tsx';
import { Field } from './Field.tsx';
import { changedFields, formatList, nullableNumber, nullableText, parseList, textOf, withPreserved } from './form.ts';
import { useSectorOptions, useTerritoryOptions } from './lookups.ts';
import { useEditSave } from './useEditSave.ts';
import './edit.css';

const FIELDS = [
  'nameRu', 'nameBe', 'nameEn', 'status', 'statusSince', 'specialisation', 'territories', 'foundedYear',
  'agreementDate', 'agreementRef', 'managementStaff', 'description', 'website',
] as const;
type FieldName = (typeof FIELDS)[number];
/** Sent with every save (see withPreserved). */
const PRESERVED = ['specialisation', 'territories', 'illustrative'] as const;
type Values = Record<FieldName, string>;

const today = () => new Date().toISOString().slice(0, 10);

function valuesOf(c: Cluster): Values {
  return {
    nameRu: c.nameRu, nameBe: textOf(c.nameBe), nameEn: textOf(c.nameEn), status: c.status, statusSince: today(),
    specialisation: formatList(c.specialisation), territories: formatList(c.territories), foundedYear: textOf(c.foundedYear),
    agreementDate: textOf(c.agreementDate), agreementRef: textOf(c.agreementRef), managementStaff: textOf(c.managementStaff),
    description: textOf(c.description), website: textOf(c.website),
  };
}

/** The typed record the form stands for (without statusSince, which only goes with a status change). */
function recordOf(v: Values): Record<string, unknown> {
  return {
    nameRu: v.nameRu, nameBe: nullableText(v.nameBe), nameEn: nullableText(v.nameEn), status: v.status,
    specialisation: parseList(v.specialisation), territories: parseList(v.territories), foundedYear: nullableNumber(v.foundedYear),
    agreementDate: nullableText(v.agreementDate), agreementRef: nullableText(v.agreementRef), managementStaff: nullableNumber(v.managementStaff),
    description: nullableText(v.description, false), website: nullableText(v.website),
  };
}

export default function EditCluster() {
  const { t } = useTranslation('edit');
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const session = useSession();
  // Not kept after the page closes: the form always starts from the record as it is now.
  const cluster = useQuery({ queryKey: ['edit', 'cluster', id], queryFn: () => api<Cluster>(`/api/clusters/${id}`), enabled: valid, gcTime: 0 });
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />;
  const user = session.data.user;
  if (!user) return <SignInPrompt title={t('cluster.title')} />;
  if (!valid) return <NotFoundNote />;
  if (!canEditCluster(user, id)) return <Forbidden title={t('cluster.title')} back={`/clusters/${id}`} backLabel={t('cluster.back')} />;
  if (cluster.isError) {
    const notFound = cluster.error instanceof ApiError && (cluster.error.status === 404 || cluster.error.status === 400);
    return notFound ? <NotFoundNote /> : <ErrorMessage error={cluster.error} onRetry={() => void cluster.refetch()} />;
  }
  if (!cluster.data) return <Loading />;
  return <ClusterForm key={id} cluster={cluster.data} />;
}

function NotFoundNote() {
  const { t } = useTranslation('edit');
  return <section className="edit-page"><h1>{t('cluster.title')}</h1><p role="alert">{t('cluster.notFound')}</p><Link to="/registry/clusters">{t('cluster.toRegistry')}</Link></section>;
}

function ClusterForm({ cluster }: { cluster: Cluster }) {
  const { t } = useTranslation('edit');
  const { t: common } = useTranslation();
  const localName = useLocalizedName();
  const navigate = useNavigate();
  const territories = useTerritoryOptions();
  const sectors = useSectorOptions();
  const [values, setValues] = useState<Values>(() => valuesOf(cluster));
  const original = useRef(recordOf(valuesOf(cluster)));
  const profile = `/clusters/${cluster.id}`;
  const { save, saving, outcome } = useEditSave(`/api/clusters/${cluster.id}`, FIELDS, () => {
    const notice = t('cluster.saved', { name: localName(cluster) });
    void navigate(profile, { state: { notice } });
  });

  if (outcome.kind === 'forbidden') return <Forbidden title={t('cluster.title')} back={profile} backLabel={t('cluster.back')} />;
  if (outcome.kind === 'signedOut') return <SignInPrompt title={t('cluster.title')} />;

  const set = (name: FieldName) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const errors = outcome.kind === 'invalid' ? outcome.errors : null;
  const errorOf = (name: FieldName) => errors?.byField[name];
  const label = (name: FieldName) => t(`cluster.fields.${name}`);
  const statusChanged = values.status !== cluster.status;
  const summary = summaryItems(outcome, FIELDS, (f) => label(f as FieldName), (message) => t('form.failed', { message }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const patch = changedFields(recordOf(values), original.current);
    if (statusChanged && values.statusSince) patch.statusSince = values.statusSince;
    save(withPreserved(patch, cluster, PRESERVED));
  };

  const text = (name: FieldName, extra: { hint?: string; type?: string; wide?: boolean; autoComplete?: string; inputMode?: 'numeric' | 'url' } = {}) => (
    <Field name={name} label={label(name)} hint={extra.hint} error={errorOf(name)} wide={extra.wide}>
      {(props) => (
        <input {...props} type={extra.type ?? 'text'} value={values[name]} onChange={(e) => set(name)(e.target.value)}
          autoComplete={extra.autoComplete ?? 'off'} inputMode={extra.inputMode} />
      )}
    </Field>
  );

  return (
    <EditFrame back={profile} backLabel={localName(cluster)} heading={t('cluster.heading', { name: localName(cluster) })} outcome={outcome} summary={summary} saving={saving} onSubmit={submit}>
        <fieldset className="form-section">
          <legend>{t('cluster.sections.names')}</legend>
          {text('nameRu', { wide: true })}
          {text('nameBe', { wide: true })}
          {text('nameEn', { wide: true })}
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('cluster.sections.status')}</legend>
          <Field name="status" label={label('status')} error={errorOf('status')}>
            {(props) => (
              <select {...props} value={values.status} onChange={(e) => set('status')(e.target.value)}>
                {CLUSTER_STATUSES.map((s) => <option key={s} value={s}>{common(`status.${s}`)}</option>)}
              </select>
            )}
          </Field>
          {statusChanged && text('statusSince', { type: 'date', hint: t('cluster.hints.statusSince') })}
          {text('foundedYear', { type: 'number', inputMode: 'numeric', hint: t('cluster.hints.foundedYear') })}
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('cluster.sections.scope')}</legend>
          <CodeListField name="specialisation" label={label('specialisation')} hint={t('cluster.hints.specialisation')}
            value={values.specialisation} onChange={set('specialisation')} options={sectors} addLabel={t('form.addSector')} error={errorOf('specialisation')} />
          <CodeListField name="territories" label={label('territories')} hint={t('cluster.hints.territories')}
            value={values.territories} onChange={set('territories')} options={territories} addLabel={t('form.addTerritory')} error={errorOf('territories')} />
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('cluster.sections.agreement')}</legend>
          {text('agreementDate', { type: 'date' })}
          {text('agreementRef', { hint: t('cluster.hints.agreementRef') })}
          {text('managementStaff', { type: 'number', inputMode: 'numeric', hint: t('cluster.hints.managementStaff') })}
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('cluster.sections.about')}</legend>
          <Field name="description" label={label('description')} error={errorOf('description')} wide>
            {(props) => <textarea {...props} rows={6} value={values.description} onChange={(e) => set('description')(e.target.value)} />}
          </Field>
          {text('website', { type: 'url', inputMode: 'url', wide: true, hint: t('form.websiteHint'), autoComplete: 'url' })}
        </fieldset>
    </EditFrame>
  );
}
