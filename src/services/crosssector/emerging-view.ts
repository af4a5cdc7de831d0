// The emerging industries dashboard (GET /api/crosssector/emerging): for each of the ten EOCIC industries, in a
// source, its size (the activity of its divisions over all years), growth (log-linear trend of that activity per
// year), interconnectedness (the significant links between its divisions and divisions outside it, over all
// years) and regional presence (LQ by territory, when regional statistics are loaded).
import { linkGrowth } from '../../analytics/crosssector/link-growth.ts';
import type { Database } from '../../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { emergingIndustries } from './emerging-industries.ts';
import { analyseLinks } from './link-analysis.ts';
import { regionalPresence } from './regional-presence.ts';
import { type LinkSource, sourceMatrices } from './source-matrices.ts';

const DEFINITIONS_NOTE = 'NACE sets are approximations of the EOCIC definitions (data/crosssector/emerging_industries.csv, docs/emerging-industries.md); a listed group or class counts its whole division in division-level data.';

export async function emergingView(db: Database, source: LinkSource, dataset?: string) {
  const industries = emergingIndustries();
  const matrices = await sourceMatrices(db, source, dataset);
  if (!matrices && dataset !== undefined) throw new NotFoundError(`${source}_dataset`, dataset);
  const presence = await regionalPresence(db, industries);
  const notes = [DEFINITIONS_NOTE];
  if (!matrices) notes.push(`no ${source} dataset is loaded: size, growth and interconnectedness are empty`);
  notes.push(presence
    ? `regions: location quotients from the statistics dataset ${presence.dataset}, ${presence.year}`
    : 'regions: [] because no regional statistics (dataset by-employment) are loaded');
  const all = matrices && matrices.sectors.length > 0 ? await analyseLinks(db, matrices, null) : null;
  const yearly = matrices && all ? await Promise.all(matrices.years.map((y) => analyseLinks(db, matrices, y))) : [];
  const items = industries.map((industry) => {
    let size: number | null = null;
    let growth: number | null = null;
    let interconnectedness: number | null = null;
    if (matrices && all) {
      const n = all.n;
      const inside = industry.divisions.map((d) => matrices.sectors.indexOf(d)).filter((k) => k >= 0);
      const isInside = new Uint8Array(n);
      for (const k of inside) isInside[k] = 1;
      size = inside.reduce((sum, k) => sum + (all.sectors.activity[k] as number), 0);
      const series = Float64Array.from(yearly, (a) => inside.reduce((sum, k) => sum + (a.sectors.activity[k] as number), 0));
      const g = matrices.years.length > 1 ? (linkGrowth(series, matrices.years, 1)[0] as number) : Number.NaN;
      growth = Number.isFinite(g) ? g : null;
      let links = 0;
      for (const i of inside) {
        for (let j = 0; j < n; j++) {
          if (isInside[j] === 1) continue;
          if (all.significant[i * n + j] === 1 || all.significant[j * n + i] === 1) links += 1;
        }
      }
      interconnectedness = links;
    }
    return {
      id: industry.id, nameRu: industry.nameRu, nameBe: industry.nameBe, nameEn: industry.nameEn, codes: industry.codes,
      size, growth, interconnectedness, regions: presence?.byIndustry.get(industry.id) ?? [],
    };
  });
  return { source, dataset: matrices?.dataset ?? null, illustrative: matrices?.illustrative ?? false, years: matrices?.years ?? [], items, notes };
}
