// The search box and the filters of a registry table. The search waits for a pause in typing (or Enter)
// before it changes the URL; the selects change it at once.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { CLUSTER_STATUSES, type Cluster, type Paged } from '../../api/types.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { useSectorNames, useTerritories } from '../cluster-profile/reference-data.ts';
import type { FilterKey, RegistryKind, TableState } from './table-state.ts';

const ORG_ROLES = ['producer', 'supplier', 'service', 'rnd', 'education', 'finance', 'government', 'nonprofit'] as const;
const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
const SEARCH_DELAY_MS = 300;

interface Props {
  kind: RegistryKind;
  state: TableState;
  onSearch: (q: string) => void;
  onFilter: (key: FilterKey, value: string) => void;
  onClear: () => void;
}

export function Filters({ kind, state, onSearch, onFilter, onClear }: Props) {
  const { t } = useTranslation('registry');
  const { t: tc } = useTranslation();
  const filters = state.filters;
  const hasFilters = state.q !== '' || Object.values(filters).some(Boolean);

  const select = (key: FilterKey, label: string, all: string, options: { value: string; label: string }[], testId?: string) => (
    <label className="filter">
      <span>{label}</span>
      <select value={filters[key] ?? ''} onChange={(e) => onFilter(key, e.target.value)} data-testid={testId ?? `${key}-filter`}>
        <option value="">{all}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        {filters[key] && !options.some((o) => o.value === filters[key]) && <option value={filters[key]}>{filters[key]}</option>}
      </select>
    </label>
  );

  return (
    <form className="registry-filters" role="search" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
      <SearchBox value={state.q} onSearch={onSearch} label={t('search')} hint={t(`searchHint.${kind}`)} />
      {kind === 'clusters' && select('status', t('status'), t('allStatuses'), CLUSTER_STATUSES.map((s) => ({ value: s, label: tc(`status.${s}`) })), 'status-filter')}
      <RegionFilter value={filters.region ?? ''} onChange={(v) => onFilter('region', v)} />
      <SectorFilter value={filters.sector ?? ''} onChange={(v) => onFilter('sector', v)} />
      {kind === 'organizations' && (
        <>
          {select('role', t('role'), t('allRoles'), ORG_ROLES.map((r) => ({ value: r, label: tc(`orgRole.${r}`) })))}
          {select('sizeClass', t('sizeClass'), t('allSizes'), SIZE_CLASSES.map((s) => ({ value: s, label: tc(`size.${s}`) })))}
          <ClusterFilter value={filters.clusterId ?? ''} onChange={(v) => onFilter('clusterId', v)} />
        </>
      )}
      {hasFilters && <button type="button" className="secondary" onClick={onClear}>{t('clearFilters')}</button>}
    </form>
  );
}

function SearchBox({ value, onSearch, label, hint }: { value: string; onSearch: (q: string) => void; label: string; hint: string }) {
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The URL wins when it changes from outside (a cleared filter), and a pending search is dropped; the
  // box keeps what is typed when the URL only caught up with it (so a trailing space survives).
  useEffect(() => {
    setText((current) => {
      if (current.trim() === value) return current;
      clearTimeout(timer.current);
      return value;
    });
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const change = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onSearch(next.trim()), SEARCH_DELAY_MS);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    clearTimeout(timer.current);
    onSearch(text.trim());
  };
  return (
    <label className="filter search">
      <span>{label}</span>
      <input
        type="search"
        value={text}
        placeholder={hint}
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Enter') submit(e); }}
        data-testid="registry-search"
      />
    </label>
  );
}

function RegionFilter({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation('registry');
  const localized = useLocalizedName();
  const format = useFormat();
  const oblasts = useTerritories('oblast');
  const options = (oblasts.data?.features ?? [])
    .map((f) => ({ value: f.properties.id, label: localized(f.properties) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
  return (
    <label className="filter">
      <span>{t('region')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="region-filter">
        <option value="">{t('allRegions')}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        {value && !options.some((o) => o.value === value) && <option value={value}>{value}</option>}
      </select>
    </label>
  );
}

/** NACE divisions grouped by section when the classifier is available; a code box otherwise. */
function SectorFilter({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation('registry');
  const { sectors } = useSectorNames();
  const { i18n } = useTranslation();
  const groups = useMemo(() => {
    const name = (s: { nameRu: string | null; nameEn: string }) => (i18n.language === 'en' ? s.nameEn : (s.nameRu ?? s.nameEn));
    return sectors.filter((s) => s.level === 'section').map((section) => ({
      code: section.code,
      label: `${section.code} ${name(section)}`,
      divisions: sectors.filter((d) => d.level === 'division' && d.parentCode === section.code).map((d) => ({ value: d.code, label: `${d.code} ${name(d)}` })),
    })).filter((g) => g.divisions.length > 0);
  }, [sectors, i18n.language]);
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);

  if (groups.length === 0) {
    return (
      <label className="filter">
        <span>{t('sector')}</span>
        <input
          type="text" inputMode="decimal" size={8} value={text} placeholder={t('sectorHint')}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => onChange(text.trim())}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); onChange(text.trim()); } }}
          data-testid="sector-filter"
        />
      </label>
    );
  }
  const known = groups.some((g) => g.divisions.some((d) => d.value === value));
  return (
    <label className="filter">
      <span>{t('sector')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="sector-filter" className="sector-select">
        <option value="">{t('allSectors')}</option>
        {value && !known && <option value={value}>{value}</option>}
        {groups.map((g) => (
          <optgroup key={g.code} label={g.label}>
            {g.divisions.map((d) => <option key={d.value} value={d.value}>{d.label}</option>)}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

function ClusterFilter({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation('registry');
  const localized = useLocalizedName();
  const clusters = useQuery({
    queryKey: ['clusters', 'names'],
    queryFn: () => api<Paged<Cluster>>('/api/clusters?limit=500'),
    staleTime: 60_000,
  });
  const format = useFormat();
  const options = (clusters.data?.items ?? [])
    .map((c) => ({ value: String(c.id), label: localized(c) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
  return (
    <label className="filter">
      <span>{t('cluster')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="cluster-filter" className="cluster-select">
        <option value="">{t('allClusters')}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        {value && !options.some((o) => o.value === value) && <option value={value}>#{value}</option>}
      </select>
    </label>
  );
}
