// Column definitions of the two registry tables. Column ids of sortable columns are the server's sort keys.
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Cluster, Organization, SessionUser } from '../../api/types.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { useSectorNames, useTerritoryNames } from '../cluster-profile/reference-data.ts';
import type { Columns } from './DataTable.tsx';

const ORG_ROLES = ['producer', 'supplier', 'service', 'rnd', 'education', 'finance', 'government', 'nonprofit'] as const;
const isOrgRole = (role: string): role is (typeof ORG_ROLES)[number] => (ORG_ROLES as readonly string[]).includes(role);

/** Mirrors the server's rule as far as the browser knows it: staff edit every organisation, a member its own. */
export function canEditOrganization(user: SessionUser | null | undefined, organizationId: number): boolean {
  if (!user) return false;
  return user.role === 'admin' || user.role === 'analyst' || user.organizationId === organizationId;
}

function Codes({ codes, name }: { codes: string[]; name: (code: string) => string | null }) {
  if (codes.length === 0) return <>—</>;
  return (
    <span className="codes">
      {codes.map((code) => <abbr key={code} title={name(code) ?? undefined}>{code}</abbr>)}
    </span>
  );
}

export function useClusterColumns(): Columns<Cluster> {
  const { t, i18n } = useTranslation('registry');
  const format = useFormat();
  const localized = useLocalizedName();
  const territoryName = useTerritoryNames();
  const sectors = useSectorNames();
  return useMemo((): Columns<Cluster> => {
    const column = createColumnHelper<Cluster>();
    return [
      column.accessor('id', { id: 'id', header: t('columns.id'), cell: ({ row }) => row.original.id }),
      column.accessor('nameRu', {
        id: 'name',
        header: t('columns.name'),
        cell: ({ row }) => (
          <>
            <Link to={`/clusters/${row.original.id}`} className="row-link">{localized(row.original)}</Link>
            <IllustrativeBadge show={row.original.illustrative} />
          </>
        ),
      }),
      column.accessor('status', { id: 'status', header: t('columns.status'), cell: ({ row }) => <StatusBadge status={row.original.status} /> }),
      column.accessor('specialisation', {
        id: 'specialisation', header: t('columns.specialisation'), enableSorting: false,
        cell: ({ row }) => <Codes codes={row.original.specialisation} name={sectors.name} />,
      }),
      column.accessor('territories', {
        id: 'territories', header: t('columns.territories'), enableSorting: false,
        cell: ({ row }) => row.original.territories.map(territoryName).join(', ') || '—',
      }),
      column.accessor('foundedYear', { id: 'founded_year', header: t('columns.foundedYear'), cell: ({ row }) => row.original.foundedYear ?? '—' }),
      column.accessor('memberCount', { id: 'members', header: t('columns.members'), enableSorting: false, cell: ({ row }) => format.integer(row.original.memberCount) }),
    ];
    // `localized` is a new function on every render; its answers change only with the language.
  }, [t, i18n.language, format, sectors, territoryName]);
}

export function useOrganizationColumns(user: SessionUser | null | undefined): Columns<Organization> {
  const { t, i18n } = useTranslation('registry');
  const { t: tc } = useTranslation();
  const localized = useLocalizedName();
  const territoryName = useTerritoryNames();
  const sectors = useSectorNames();
  return useMemo((): Columns<Organization> => {
    const column = createColumnHelper<Organization>();
    return [
      column.accessor('id', { id: 'id', header: t('columns.id'), cell: ({ row }) => row.original.id }),
      column.accessor('nameRu', {
        id: 'name',
        header: t('columns.name'),
        cell: ({ row }) => {
          const org = row.original;
          const name = localized(org);
          return (
            <>
              <Link to={`/organizations/${org.id}`} className="row-link" data-testid="organization-link">{name}</Link>
              {canEditOrganization(user, org.id) && (
                <Link to={`/organizations/${org.id}/edit`} className="row-edit" aria-label={t('editOrganization', { name })} title={t('editOrganization', { name })}>✎</Link>
              )}
              <IllustrativeBadge show={org.illustrative} />
            </>
          );
        },
      }),
      column.accessor('unp', { id: 'unp', header: t('columns.unp'), enableSorting: false, cell: ({ row }) => row.original.unp ?? '—' }),
      column.accessor('roles', {
        id: 'roles', header: t('columns.roles'), enableSorting: false,
        cell: ({ row }) => row.original.roles.map((r) => (isOrgRole(r) ? tc(`orgRole.${r}`) : r)).join(', ') || '—',
      }),
      column.accessor('primarySector', {
        id: 'sector', header: t('columns.sector'), enableSorting: false,
        cell: ({ row }) => <Codes codes={row.original.primarySector ? [row.original.primarySector] : []} name={sectors.name} />,
      }),
      column.accessor('sizeClass', {
        id: 'size_class', header: t('columns.sizeClass'),
        cell: ({ row }) => (row.original.sizeClass ? tc(`size.${row.original.sizeClass}`) : '—'),
      }),
      column.accessor('territoryId', { id: 'territory', header: t('columns.territory'), enableSorting: false, cell: ({ row }) => territoryName(row.original.territoryId) || '—' }),
    ];
  }, [t, tc, i18n.language, user, sectors, territoryName]);
}
