// The table of strong clusters (region x industry cells of a class): filters by region, industry, class and
// registration, a sort, pages from the server; the state lives in the URL with the rest of the page.
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { CELL_CLASSES, CELL_SORTS, type CellSort, type MappingCell, mappingPaths, type MappingQuery, type MappingSummary } from '../../api/mapping.ts';
import type { Cluster, Paged } from '../../api/types.ts';
import { ErrorMessage } from '../../components/QueryState.tsx';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { useMappingCells } from '../../hooks/useMapping.ts';
import '../../i18n/mapping.ts';
import { Pager } from '../registry/Pager.tsx';
import { useMappingFormat } from './format.ts';
import { StarMarks } from './StarMarks.tsx';
import { cellFilter, DEFAULT_VIEW, groupOf, isTableFiltered, type MappingView } from './transform.ts';

interface Props {
  query: MappingQuery;
  view: MappingView;
  summary: MappingSummary;
  groupName: (id: string) => string;
  onChange: (change: Partial<MappingView>) => void;
}

/** Sortable columns and the API sort of each (every sort is largest first). */
const SORT_OF: Record<string, CellSort> = { employment: 'employment', lq: 'lq', stars: 'stars', growth: 'growth' };
const NUMERIC = ['employment', 'lq', 'growth'];

/** Names of the registered clusters, for the links in the table (the registry holds a few dozen). */
function useClusterNames() {
  const name = useLocalizedName();
  const { i18n } = useTranslation();
  const clusters = useQuery({
    queryKey: ['clusters', 'names'],
    queryFn: () => api<Paged<Cluster>>('/api/clusters?limit=500'),
    staleTime: 60_000,
  });
  return useMemo(() => {
    const byId = new Map((clusters.data?.items ?? []).map((c) => [c.id, c]));
    return (id: number) => {
      const cluster = byId.get(id);
      return cluster ? name(cluster) : `#${id}`;
    };
    // `name` is a new function on every render; what it returns changes only with the language.
  }, [clusters.data, i18n.language]);
}

export function StrongTable({ query, view, summary, groupName, onChange }: Props) {
  const { t } = useTranslation('mapping');
  const format = useMappingFormat();
  const name = useLocalizedName();
  const clusterName = useClusterNames();
  const filter = cellFilter(view);
  const page = { limit: view.size, offset: (view.page - 1) * view.size };
  const cells = useMappingCells(query, filter, page);
  const total = cells.data?.total ?? 0;
  const [params] = useSearchParams();
  // Ready when the rows shown are those of the current view, not the previous ones kept while loading; the
  // view's URL is on the element too, so a test can tell this render from one before a navigation.
  const ready = !cells.isFetching && cells.data?.path === mappingPaths.cells(query, filter, page);

  const columns = useMemo(() => {
    const column = createColumnHelper<MappingCell>();
    return [
      column.accessor('region', { id: 'region', header: t('table.columns.region'), cell: ({ row }) => format.names(row.original.regionName) }),
      column.accessor('category', {
        id: 'category',
        header: t('table.columns.category'),
        cell: ({ row }) => <><code>{row.original.category}</code> {format.names(row.original.categoryName)}</>,
      }),
      column.accessor('employment', { id: 'employment', header: t('table.columns.employment'), cell: ({ row }) => format.integer(row.original.employment) }),
      column.accessor('lq', {
        id: 'lq',
        header: t('table.columns.lq'),
        cell: ({ row }) => (
          <>
            {format.lq(row.original.lq)}
            {row.original.strong10 && <span className="mapping-tag">{t('table.strong10')}</span>}
          </>
        ),
      }),
      column.accessor('stars', { id: 'stars', header: t('table.columns.stars'), cell: ({ row }) => <StarMarks star={row.original.star} /> }),
      column.accessor('growth', { id: 'growth', header: t('table.columns.growth'), cell: ({ row }) => format.rate(row.original.growth) }),
      column.accessor('registeredClusters', {
        id: 'registered',
        header: t('table.columns.registered'),
        cell: ({ row }) => (row.original.registeredClusters.length === 0 ? <span className="mapping-muted">{t('table.none')}</span> : (
          <ul className="mapping-plain">
            {row.original.registeredClusters.map((id) => <li key={id}><Link to={`/clusters/${id}`} data-testid="registered-link">{clusterName(id)}</Link></li>)}
          </ul>
        )),
      }),
    ];
  }, [t, format, clusterName]);

  const table = useReactTable({
    data: cells.data?.items ?? [],
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => `${row.region}|${row.category}`,
    manualPagination: true,
    manualSorting: true,
    rowCount: total,
  });

  // Regions grouped under their oblast, by name; industries by code.
  const collator = new Intl.Collator(format.locale);
  const groups = new Map<string, MappingSummary['regions']>();
  for (const region of [...summary.regions].sort((a, b) => collator.compare(name(a), name(b)))) {
    const group = groupOf(region);
    groups.set(group, [...(groups.get(group) ?? []), region]);
  }
  const groupList = [...groups.entries()].sort(([a], [b]) => collator.compare(groupName(a), groupName(b)));
  const categories = [...summary.categories].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));

  return (
    <>
      <form className="mapping-controls mapping-table-filters" role="search" aria-label={t('table.title')} onSubmit={(e) => e.preventDefault()}>
        <label className="mapping-control">
          <span>{t('table.region')}</span>
          <select data-testid="filter-region" value={view.region} onChange={(e) => onChange({ region: e.target.value })}>
            <option value="">{t('table.allRegions')}</option>
            {groupList.map(([group, regions]) => (
              regions.length === 1 && regions[0]!.id === group
                ? <option key={group} value={group}>{name(regions[0])}</option>
                : (
                  <optgroup key={group} label={groupName(group)}>
                    {regions.map((r) => <option key={r.id} value={r.id}>{name(r)}</option>)}
                  </optgroup>
                )
            ))}
          </select>
        </label>
        <label className="mapping-control mapping-control-wide">
          <span>{t('table.category')}</span>
          <select data-testid="filter-category" value={view.category} onChange={(e) => onChange({ category: e.target.value })}>
            <option value="">{t('table.allCategories')}</option>
            {categories.map((c) => <option key={c.code} value={c.code}>{c.code} · {name(c)}</option>)}
          </select>
        </label>
        <label className="mapping-control">
          <span>{t('table.class')}</span>
          <select data-testid="filter-class" value={view.cls} onChange={(e) => onChange({ cls: e.target.value as MappingView['cls'] })}>
            {CELL_CLASSES.map((c) => <option key={c} value={c}>{t(`table.classes.${c}`)}</option>)}
          </select>
        </label>
        {view.cls === 'starred' && (
          <label className="mapping-control">
            <span>{t('table.minStars')}</span>
            <select data-testid="filter-min-stars" value={view.minStars} onChange={(e) => onChange({ minStars: Number(e.target.value) })}>
              {[1, 2, 3, 4].map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </label>
        )}
        <label className="mapping-control">
          <span>{t('table.registered')}</span>
          <select data-testid="filter-registered" value={view.registered} onChange={(e) => onChange({ registered: e.target.value as MappingView['registered'] })}>
            <option value="">{t('table.registeredAny')}</option>
            <option value="yes">{t('table.registeredYes')}</option>
            <option value="no">{t('table.registeredNo')}</option>
          </select>
        </label>
        <label className="mapping-control">
          <span>{t('table.sort')}</span>
          <select data-testid="filter-sort" value={view.sort} onChange={(e) => onChange({ sort: e.target.value as CellSort })}>
            {CELL_SORTS.map((s) => <option key={s} value={s}>{t(`table.sorts.${s}`)}</option>)}
          </select>
        </label>
        {isTableFiltered(view) && (
          <button
            type="button"
            className="secondary"
            data-testid="filter-reset"
            onClick={() => onChange({ region: '', category: '', cls: DEFAULT_VIEW.cls, registered: '', sort: DEFAULT_VIEW.sort })}
          >
            {t('table.reset')}
          </button>
        )}
      </form>

      <p className="mapping-total" role="status" data-testid="strong-total" data-total={cells.data ? total : undefined}>
        {cells.data ? t('pairCount', { count: total, n: format.integer(total) }) : t('computing')}
      </p>
      {cells.isError && <ErrorMessage error={cells.error} onRetry={() => void cells.refetch()} />}
      <div
        className="mapping-table-wrap"
        data-testid="strong-table"
        data-state={ready ? 'ready' : 'loading'}
        data-shown={cells.data?.path}
        data-search={params.toString()}
      >
        <div className="table-scroll">
          <table className="mapping-table" aria-busy={cells.isFetching}>
            <caption className="visually-hidden">{t('table.caption')}</caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const sort = SORT_OF[header.column.id];
                    const label = flexRender(header.column.columnDef.header, header.getContext());
                    const active = sort === view.sort;
                    return (
                      <th key={header.id} scope="col" className={NUMERIC.includes(header.column.id) ? 'number' : undefined} aria-sort={active ? 'descending' : undefined}>
                        {sort ? (
                          <button type="button" className={`sort-button${active ? ' sorted' : ''}`} onClick={() => onChange({ sort })} data-sort={sort}>
                            {label}
                            <span className="sort-arrow" aria-hidden="true">{active ? '▼' : '↕'}</span>
                            {active && <span className="visually-hidden">, {t('table.sortedBy')}</span>}
                          </button>
                        ) : label}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} data-testid="strong-row" data-region={row.original.region} data-category={row.original.category} data-strong10={row.original.strong10}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={NUMERIC.includes(cell.column.id) ? 'number' : undefined}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {cells.data && total === 0 && <p className="mapping-empty">{t('table.empty')}</p>}
      </div>
      <Pager page={view.page} size={view.size} total={total} onPage={(p) => onChange({ page: p })} onSize={(size) => onChange({ size })} />
    </>
  );
}
