// The cluster's members: organisation, role in the cluster, activities, sector, size class, territory, and
// the confidential figures only when the API returned them to this viewer.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClusterProfile, Membership, Organization } from '../../api/types.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { useSectorNames, useTerritoryNames } from './reference-data.ts';

const ORG_ROLES = ['producer', 'supplier', 'service', 'rnd', 'education', 'finance', 'government', 'nonprofit'] as const;
type OrgRole = (typeof ORG_ROLES)[number];
const isOrgRole = (role: string): role is OrgRole => (ORG_ROLES as readonly string[]).includes(role);

const CONFIDENTIAL = ['employees', 'revenue', 'exports'] as const satisfies readonly (keyof Organization)[];

export function MembersTable({ members }: { members: ClusterProfile['members'] }) {
  const { t } = useTranslation('cluster');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const localized = useLocalizedName();
  const territoryName = useTerritoryNames();
  const sectors = useSectorNames();
  if (members.length === 0) return <p className="muted">{t('members.empty')}</p>;

  // The API leaves the fields out (not null) for organisations whose figures the viewer may not see.
  const shown = CONFIDENTIAL.filter((field) => members.some((m) => m.organization[field] !== undefined));
  const roleLabel = (role: Membership['role']) => tc(`membershipRole.${role}`);
  return (
    <>
      {shown.length > 0 && <p className="muted small">{t('members.confidential')}</p>}
      <div className="table-scroll">
        <table className="members-table" data-testid="members-table">
          <thead>
            <tr>
              <th scope="col">{t('members.name')}</th>
              <th scope="col">{t('members.role')}</th>
              <th scope="col">{t('members.orgRoles')}</th>
              <th scope="col">{t('members.sector')}</th>
              <th scope="col">{t('members.size')}</th>
              <th scope="col">{t('members.territory')}</th>
              <th scope="col">{t('members.joined')}</th>
              {shown.map((field) => <th scope="col" key={field} className="number">{t(`members.${field}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => {
              const org = m.organization;
              const sector = org.primarySector;
              return (
                <tr key={m.id} data-testid="member-row" className={m.left ? 'left' : undefined}>
                  <th scope="row">
                    <Link to={`/organizations/${org.id}`}>{localized(org)}</Link>
                    <IllustrativeBadge show={m.illustrative || org.illustrative} />
                  </th>
                  <td>{roleLabel(m.role)}</td>
                  <td>{org.roles.map((r) => (isOrgRole(r) ? tc(`orgRole.${r}`) : r)).join(', ') || '—'}</td>
                  <td>{sector ? <span title={sectors.name(sector) ?? undefined}>{sectors.label(sector)}</span> : '—'}</td>
                  <td>{org.sizeClass ? tc(`size.${org.sizeClass}`) : '—'}</td>
                  <td>{territoryName(org.territoryId) || '—'}</td>
                  <td className="nowrap">
                    {format.date(m.joined)}
                    {m.left && <span className="muted"> ({t('members.leftOn', { date: format.date(m.left) })})</span>}
                  </td>
                  {shown.map((field) => (
                    <td key={field} className="number">{field === 'employees' ? format.integer(org[field]) : format.decimal(org[field])}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
