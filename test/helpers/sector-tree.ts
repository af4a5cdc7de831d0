// Small NACE trees for tests: the given classes with their groups, divisions and sections.
import { SectorTree } from '../../src/analytics/matching/sector-hierarchy.ts';

/** sectorTree({ C: ['26.51', '29.32'], J: ['62.01'] }): sections C and J, divisions 26, 29, 62, groups 26.5, ... */
export function sectorTree(classesBySection: Record<string, string[]>): SectorTree {
  const nodes: { code: string; level: string; parent: string | null }[] = [];
  const seen = new Set<string>();
  const add = (code: string, level: string, parent: string | null) => {
    if (seen.has(code)) return;
    seen.add(code);
    nodes.push({ code, level, parent });
  };
  for (const [section, classes] of Object.entries(classesBySection)) {
    add(section, 'section', null);
    for (const cls of classes) {
      const division = cls.slice(0, 2);
      const group = cls.slice(0, 4);
      add(division, 'division', section);
      add(group, 'group', division);
      add(cls, 'class', group);
    }
  }
  return new SectorTree(nodes);
}
