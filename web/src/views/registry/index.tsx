// The registry tables (/registry/clusters and /registry/organizations): search, filters, sorting and
// pagination on the server, the state in the URL (shareable, replaced rather than pushed), export of the
// current view to CSV/XLSX.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import type { Cluster, Organization, Paged } from '../../api/types.ts';
import { ErrorMessage } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useSession } from '../../hooks/useSession.ts';
import { useClusterColumns, useOrganizationColumns } from './columns.tsx';
import { DataTable } from './DataTable.tsx';
import { ExportLinks } from './ExportLinks.tsx';
import { Filters } from './Filters.tsx';
import { Pager } from './Pager.tsx';
import {
  type FilterKey, fromSorting, isRegistryKind, type Language, listUrl, parseState, type RegistryKind, type TableState, toSorting, writeState,
} from './table-state.ts';
import './registry.css';

export default function RegistryView() {
  const { t } = useTranslation('registry');
  const { kind } = useParams();
  if (!isRegistryKind(kind)) {
    return (
      <section>
        <h1>{t('title')}</h1>
        <p role="alert">{t('unknownKind', { kind })}</p>
        <Link to="/registry/clusters">{t('heading.clusters')}</Link>
      </section>
    );
  }
  // A new kind starts a new table (its own state and columns).
  return <Registry key={kind} kind={kind} />;
}

/** The interface language, as the server's name sorts know it. */
function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' || i18n.language === 'be' ? i18n.language : 'ru';
}

function useTableState(kind: RegistryKind) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseState(kind, params), [kind, params]);
  const update = useCallback((change: (s: TableState) => TableState) => {
    setParams((current) => writeState(kind, change(parseState(kind, current)), current), { replace: true });
  }, [kind, setParams]);
  return [state, update] as const;
}

function Registry({ kind }: { kind: RegistryKind }) {
  const { t } = useTranslation('registry');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const [state, update] = useTableState(kind);
  const [params] = useSearchParams();
  const language = useLanguage();
  const url = listUrl(kind, state, language);
  const list = useQuery({
    queryKey: ['registry', kind, url],
    // The answer carries its own URL, so the page can tell (and tests can wait until) the rows shown are
    // those of the current view rather than the previous one kept on screen while loading.
    queryFn: async () => ({ ...(await api<Paged<Cluster | Organization>>(url)), url }),
    placeholderData: keepPreviousData,
  });
  const total = list.data?.total ?? 0;
  const countKey = kind === 'clusters' ? 'clusterCount' : 'organizationCount';

  const onSearch = (q: string) => update((s) => (s.q === q ? s : { ...s, q, page: 1 }));
  const onFilter = (key: FilterKey, value: string) => update((s) => ({ ...s, filters: { ...s.filters, [key]: value || undefined }, page: 1 }));
  const onClear = () => update((s) => ({ ...s, q: '', filters: {}, page: 1 }));
  const onSort = (sort: string) => update((s) => ({ ...s, sort, page: 1 }));
  const onPage = (page: number) => update((s) => ({ ...s, page }));
  const onSize = (size: number) => update((s) => ({ ...s, size, page: 1 }));

  return (
    <section className="registry" data-kind={kind}>
      <header className="registry-header">
        <h1>{t(`heading.${kind}`)}</h1>
        <p className="registry-intro">{t(`intro.${kind}`)}</p>
        {kind === 'clusters' && <p className="partial-note">{tc('partialData')}</p>}
      </header>

      <Filters kind={kind} state={state} onSearch={onSearch} onFilter={onFilter} onClear={onClear} />

      <div className="registry-toolbar">
        <p className="registry-total" role="status" data-testid="registry-total" data-total={list.data ? total : undefined}>
          {list.data ? t(countKey, { count: total, formatted: format.integer(total) }) : tc('loading')}
        </p>
        <ExportLinks kind={kind} state={state} language={language} />
      </div>

      {list.isError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      <div
        className="registry-table-wrap" data-testid="registry-table"
        data-state={list.isFetching || list.data?.url !== url ? 'loading' : 'ready'} data-shown={list.data?.url}
        data-search={params.toString()}
      >
        {kind === 'clusters'
          ? <ClustersTable items={(list.data?.items ?? []) as Cluster[]} total={total} state={state} onSort={onSort} busy={list.isFetching} />
          : <OrganizationsTable items={(list.data?.items ?? []) as Organization[]} total={total} state={state} onSort={onSort} busy={list.isFetching} />}
        {list.data && total === 0 && <p className="registry-empty">{t('empty')}</p>}
      </div>

      <Pager page={state.page} size={state.size} total={total} onPage={onPage} onSize={onSize} />
    </section>
  );
}

interface TableProps<T> { items: T[]; total: number; state: TableState; onSort: (sort: string) => void; busy: boolean }

function ClustersTable({ items, total, state, onSort, busy }: TableProps<Cluster>) {
  const { t } = useTranslation('registry');
  const columns = useClusterColumns();
  return (
    <DataTable
      data={items} columns={columns} total={total} busy={busy}
      sorting={toSorting(state.sort)} onSortingChange={(sorting) => onSort(fromSorting(sorting))}
      pageIndex={state.page - 1} pageSize={state.size}
      rowTestId="cluster-row" numeric={['id', 'founded_year', 'members']} caption={t('heading.clusters')}
    />
  );
}

function OrganizationsTable({ items, total, state, onSort, busy }: TableProps<Organization>) {
  const { t } = useTranslation('registry');
  const session = useSession();
  const columns = useOrganizationColumns(session.data?.user);
  return (
    <DataTable
      data={items} columns={columns} total={total} busy={busy}
      sorting={toSorting(state.sort)} onSortingChange={(sorting) => onSort(fromSorting(sorting))}
      pageIndex={state.page - 1} pageSize={state.size}
      rowTestId="organization-row" numeric={['id']} caption={t('heading.organizations')}
    />
  );
}

