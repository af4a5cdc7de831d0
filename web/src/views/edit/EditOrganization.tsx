// /organizations/:id/edit: an organisation's editable fields; the server checks every value and who may save.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../api/client.ts';
import type { Membership, Organization, Paged, SessionUser } from '../../api/types.ts';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { useSession } from '../../hooks/useSession.ts';
import { Forbidden, SignInPrompt } from './Access.tsx';
import { EditFrame, summaryItems } from './EditFrame.tsx';
import { Field, FieldSet } from './Field.tsx';
import { changedFields, nullableNumber, nullableText, textOf, withPreserved } from './form.ts';
import { type Option, useSectorOptions, useTerritoryOptions } from './lookups.ts';
import { useEditSave } from './useEditSave.ts';
import './edit.css';

const ORG_ROLES = ['producer', 'supplier', 'service', 'rnd', 'education', 'finance', 'government', 'nonprofit'] as const;
const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
const ORG_STATUSES = ['active', 'liquidating', 'liquidated'] as const;
const CONFIDENTIAL = ['employees', 'revenue', 'exports', 'revenueGrowth'] as const;
const FIELDS = [
  'nameRu', 'nameBe', 'nameEn', 'roles', 'primarySector', 'territoryId', 'address', 'status', 'foundedYear', 'sizeClass', 'employees', 'revenue',
  'exports', 'revenueGrowth', 'certifications', 'labels', 'website', 'profile',
] as const;
type FieldName = (typeof FIELDS)[number];
/** Sent with every save (see withPreserved). */
const PRESERVED = ['roles', 'secondarySectors', 'illustrative'] as const;
type TextName = Exclude<FieldName, 'roles'>;
type Values = Record<TextName, string> & { roles: string[] };
const BACK = '/registry/organizations';

function valuesOf(o: Organization): Values {
  return {
    nameRu: o.nameRu, nameBe: textOf(o.nameBe), nameEn: textOf(o.nameEn), roles: [...o.roles], primarySector: textOf(o.primarySector),
    territoryId: textOf(o.territoryId), address: textOf(o.address), sizeClass: textOf(o.sizeClass), employees: textOf(o.employees),
    revenue: textOf(o.revenue), exports: textOf(o.exports), website: textOf(o.website), profile: textOf(o.profile),
    status: o.status ?? 'active', foundedYear: textOf(o.foundedYear), revenueGrowth: textOf(o.revenueGrowth),
    certifications: formatLines(o.certifications), labels: formatLines(o.labels),
  };
}

/** The typed record the form stands for; confidential figures only when the viewer was shown them. */
function recordOf(v: Values, showsFigures: boolean): Record<string, unknown> {
  const record: Record<string, unknown> = {
    nameRu: v.nameRu, nameBe: nullableText(v.nameBe), nameEn: nullableText(v.nameEn),
    roles: ORG_ROLES.filter((r) => v.roles.includes(r)), primarySector: nullableText(v.primarySector), territoryId: nullableText(v.territoryId),
    address: nullableText(v.address), sizeClass: nullableText(v.sizeClass), website: nullableText(v.website), profile: nullableText(v.profile, false),
    status: v.status, foundedYear: nullableNumber(v.foundedYear), certifications: parseLines(v.certifications), labels: parseLines(v.labels),
  };
  if (showsFigures) for (const f of CONFIDENTIAL) record[f] = nullableNumber(v[f]);
  return record;
}

/** Certifications and labels, one a line (they may hold spaces and commas, as in "ISO 9001:2015"). */
const parseLines = (text: string): string[] => text.split(/[\n|]+/).map((s) => s.trim()).filter(Boolean);
const formatLines = (items: readonly string[] | undefined): string => (items ?? []).join('\n');

/** Mirrors the server's rule: staff edit every organisation, a member their own, a cluster manager those
 * in their clusters. The server has the last word when saving. */
function mayEdit(user: SessionUser, id: number, memberships: Membership[] | undefined): boolean | undefined {
  if (user.role === 'admin' || user.role === 'analyst' || user.organizationId === id) return true;
  if (user.role !== 'cluster_manager') return false;
  return memberships?.some((m) => user.clusterIds.includes(m.clusterId));
}

export default function EditOrganization() {
  const { t } = useTranslation('edit');
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const session = useSession();
  const user = session.data?.user;
  // Not kept after the page closes: the form always starts from the record as it is now, as this user sees it.
  const organization = useQuery({
    queryKey: ['edit', 'organization', id, user?.userId],
    queryFn: () => api<Organization>(`/api/organizations/${id}`),
    enabled: valid && !!user,
    gcTime: 0,
  });
  const memberships = useQuery({
    queryKey: ['edit', 'memberships', id],
    queryFn: () => api<Paged<Membership>>(`/api/memberships?organizationId=${id}&limit=500`),
    enabled: valid && user?.role === 'cluster_manager',
    gcTime: 0,
  });
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />;
  if (!user) return <SignInPrompt title={t('organization.title')} />;
  const notFound = <section className="edit-page"><h1>{t('organization.title')}</h1><p role="alert">{t('organization.notFound')}</p><Link to={BACK}>{t('organization.back')}</Link></section>;
  if (!valid) return notFound;
  // When the memberships cannot be read, the form is shown and the server decides on save.
  const allowed = mayEdit(user, id, memberships.data?.items) ?? (memberships.isError ? true : undefined);
  if (allowed === undefined) return <Loading />;
  if (!allowed) return <Forbidden title={t('organization.title')} back={BACK} backLabel={t('organization.back')} />;
  if (organization.isError) {
    const missing = organization.error instanceof ApiError && (organization.error.status === 404 || organization.error.status === 400);
    return missing
      ? notFound
      : <ErrorMessage error={organization.error} onRetry={() => void organization.refetch()} />;
  }
  if (!organization.data) return <Loading />;
  return <OrganizationForm key={id} organization={organization.data} />;
}

function OrganizationForm({ organization }: { organization: Organization }) {
  const { t } = useTranslation('edit');
  const { t: common } = useTranslation();
  const localName = useLocalizedName();
  const navigate = useNavigate();
  const territories = useTerritoryOptions();
  const sectors = useSectorOptions();
  const showsFigures = CONFIDENTIAL.some((f) => f in organization);
  const [values, setValues] = useState<Values>(() => valuesOf(organization));
  const original = useRef(recordOf(valuesOf(organization), showsFigures));
  const { save, saving, outcome } = useEditSave(`/api/organizations/${organization.id}`, FIELDS, () => {
    const notice = t('organization.saved', { name: localName(organization) });
    void navigate(BACK, { state: { notice } });
  });

  if (outcome.kind === 'forbidden') return <Forbidden title={t('organization.title')} back={BACK} backLabel={t('organization.back')} />;
  if (outcome.kind === 'signedOut') return <SignInPrompt title={t('organization.title')} />;

  const set = (name: TextName) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const toggleRole = (role: string, on: boolean) =>
    setValues((v) => ({ ...v, roles: on ? [...v.roles, role] : v.roles.filter((r) => r !== role) }));
  const errors = outcome.kind === 'invalid' ? outcome.errors : null;
  const errorOf = (name: FieldName) => errors?.byField[name];
  const label = (name: FieldName) => t(`organization.fields.${name}`);
  const summary = summaryItems(outcome, FIELDS, (f) => label(f as FieldName), (message) => t('form.failed', { message }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(withPreserved(changedFields(recordOf(values, showsFigures), original.current), organization, PRESERVED));
  };

  const text = (name: TextName, extra: { hint?: string; type?: string; wide?: boolean; autoComplete?: string; inputMode?: 'numeric' | 'decimal' | 'url'; list?: string } = {}) => (
    <Field name={name} label={label(name)} hint={extra.hint} error={errorOf(name)} wide={extra.wide}>
      {(props) => (
        <input {...props} type={extra.type ?? 'text'} value={values[name]} onChange={(e) => set(name)(e.target.value)}
          autoComplete={extra.autoComplete ?? 'off'} inputMode={extra.inputMode} list={extra.list} />
      )}
    </Field>
  );

  return (
    <EditFrame back={BACK} backLabel={t('organization.back')} heading={t('organization.heading', { name: localName(organization) })} outcome={outcome} summary={summary} saving={saving} onSubmit={submit}>
        <fieldset className="form-section">
          <legend>{t('organization.sections.names')}</legend>
          {text('nameRu', { wide: true })}
          {text('nameBe', { wide: true })}
          {text('nameEn', { wide: true })}
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('organization.sections.activity')}</legend>
          <FieldSet name="roles" legend={label('roles')} error={errorOf('roles')}>
            <div className="checkbox-grid">
              {ORG_ROLES.map((role) => (
                <label key={role} className="checkbox">
                  <input type="checkbox" name="roles" value={role} checked={values.roles.includes(role)} onChange={(e) => toggleRole(role, e.target.checked)} />
                  {common(`orgRole.${role}`)}
                </label>
              ))}
            </div>
          </FieldSet>
          {text('primarySector', { hint: t('organization.hints.primarySector'), list: 'edit-sectors' })}
          {text('territoryId', { hint: t('organization.hints.territoryId'), list: 'edit-territories' })}
          {text('address', { wide: true, autoComplete: 'street-address' })}
          <Field name="status" label={label('status')} error={errorOf('status')}>
            {(props) => (
              <select {...props} value={values.status} onChange={(e) => set('status')(e.target.value)}>
                {ORG_STATUSES.map((s) => <option key={s} value={s}>{t(`organization.statuses.${s}`)}</option>)}
              </select>
            )}
          </Field>
          {text('foundedYear', { type: 'number', inputMode: 'numeric', hint: t('organization.hints.foundedYear') })}
          <CodeOptions id="edit-sectors" options={sectors} />
          <CodeOptions id="edit-territories" options={territories} />
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('organization.sections.size')}</legend>
          <Field name="sizeClass" label={label('sizeClass')} hint={t('organization.hints.sizeClass')} error={errorOf('sizeClass')}>
            {(props) => (
              <select {...props} value={values.sizeClass} onChange={(e) => set('sizeClass')(e.target.value)}>
                <option value="">{t('organization.sizeAuto')}</option>
                {SIZE_CLASSES.map((s) => <option key={s} value={s}>{common(`size.${s}`)}</option>)}
              </select>
            )}
          </Field>
          {showsFigures ? (
            <>
              {text('employees', { type: 'number', inputMode: 'numeric', hint: t('organization.hints.confidential') })}
              {text('revenue', { inputMode: 'decimal', hint: t('organization.hints.revenue') })}
              {text('exports', { inputMode: 'decimal', hint: t('organization.hints.exports') })}
              {text('revenueGrowth', { inputMode: 'decimal', hint: t('organization.hints.revenueGrowth') })}
            </>
          ) : <p className="field-hint field-wide">{t('organization.hints.figuresHidden')}</p>}
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('organization.sections.about')}</legend>
          <Field name="profile" label={label('profile')} error={errorOf('profile')} wide>
            {(props) => <textarea {...props} rows={5} value={values.profile} onChange={(e) => set('profile')(e.target.value)} />}
          </Field>
          {text('website', { type: 'url', inputMode: 'url', wide: true, hint: t('form.websiteHint'), autoComplete: 'url' })}
          {(['certifications', 'labels'] as const).map((name) => (
            <Field key={name} name={name} label={label(name)} hint={t(`organization.hints.${name}`)} error={errorOf(name)} wide>
              {(props) => <textarea {...props} rows={3} value={values[name]} onChange={(e) => set(name)(e.target.value)} />}
            </Field>
          ))}
        </fieldset>
    </EditFrame>
  );
}

function CodeOptions({ id, options }: { id: string; options: Option[] }) {
  return <datalist id={id}>{options.map((o) => <option key={o.code} value={o.code}>{o.name}</option>)}</datalist>;
}
