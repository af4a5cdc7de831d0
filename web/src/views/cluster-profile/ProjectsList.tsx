// The cluster's joint projects: title, status, period, budget and participants.
import { useTranslation } from 'react-i18next';
import type { Project } from '../../api/types.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { useFormat } from '../../hooks/useFormat.ts';

const PROJECT_STATUSES = ['planned', 'active', 'completed'] as const;
const isProjectStatus = (s: string): s is (typeof PROJECT_STATUSES)[number] => (PROJECT_STATUSES as readonly string[]).includes(s);

export function ProjectsList({ projects, nameOf }: { projects: Project[]; nameOf: (organizationId: number) => string }) {
  const { t, i18n } = useTranslation('cluster');
  const format = useFormat();
  if (projects.length === 0) return <p className="muted">{t('projects.empty')}</p>;
  return (
    <ul className="projects" data-testid="projects">
      {projects.map((p) => (
        <li key={p.id} className="project" data-testid="project">
          <h3>
            {i18n.language === 'en' && p.titleEn ? p.titleEn : p.titleRu}
            <IllustrativeBadge show={p.illustrative} />
          </h3>
          {p.description && <p>{p.description}</p>}
          <dl className="facts compact">
            <dt>{t('projects.status')}</dt>
            <dd>{isProjectStatus(p.status) ? t(`projectStatus.${p.status}`) : p.status}</dd>
            <dt>{t('projects.period')}</dt>
            <dd>{format.date(p.startDate)} – {format.date(p.endDate)}</dd>
            {p.budget !== null && (
              <>
                <dt>{t('projects.budget')}</dt>
                <dd>{t('projects.budgetValue', { value: format.decimal(p.budget) })}</dd>
              </>
            )}
            {p.participants.length > 0 && (
              <>
                <dt>{t('projects.participants')}</dt>
                <dd>{p.participants.map(nameOf).join('; ')}</dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
