// Territories and sectors for the edit forms' suggestions and the names shown under code fields.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { TerritoryCollection } from '../../api/types.ts';

export interface Option { code: string; name: string; group?: string }

interface Sector { code: string; level: 'section' | 'division'; parentCode: string | null; nameRu: string | null; nameEn: string }

const FOREVER = { staleTime: Infinity, gcTime: Infinity } as const;

/** Oblasts and raions, each raion grouped under its oblast, named in the interface language. */
export function useTerritoryOptions(): Option[] {
  const { i18n } = useTranslation();
  const oblasts = useQuery({ queryKey: ['edit', 'territories', 'oblast'], queryFn: () => api<TerritoryCollection>('/api/territories?level=oblast'), ...FOREVER });
  const raions = useQuery({ queryKey: ['edit', 'territories', 'raion'], queryFn: () => api<TerritoryCollection>('/api/territories?level=raion'), ...FOREVER });
  return useMemo(() => {
    const name = (p: { nameRu: string; nameBe: string | null; nameEn: string | null }) =>
      (i18n.language === 'en' ? p.nameEn : i18n.language === 'be' ? p.nameBe : null) || p.nameRu;
    const oblastList = (oblasts.data?.features ?? []).map((f) => f.properties);
    const byOblast = new Map(oblastList.map((o) => [o.id, name(o)]));
    const options: Option[] = [];
    const collator = new Intl.Collator(i18n.language);
    for (const o of [...oblastList].sort((a, b) => collator.compare(name(a), name(b)))) {
      options.push({ code: o.id, name: name(o), group: name(o) });
      const children = (raions.data?.features ?? []).map((f) => f.properties).filter((r) => r.parentId === o.id);
      for (const r of children.sort((a, b) => collator.compare(name(a), name(b)))) options.push({ code: r.id, name: name(r), group: byOblast.get(o.id) });
    }
    return options;
  }, [oblasts.data, raions.data, i18n.language]);
}

/** NACE sections and divisions. */
export function useSectorOptions(): Option[] {
  const { i18n } = useTranslation();
  const sectors = useQuery({ queryKey: ['edit', 'sectors'], queryFn: () => api<{ items: Sector[] }>('/api/sectors'), ...FOREVER });
  return useMemo(
    () => (sectors.data?.items ?? []).map((s) => ({ code: s.code, name: (i18n.language === 'en' ? s.nameEn : s.nameRu) || s.nameEn })),
    [sectors.data, i18n.language],
  );
}

/** "code — name" for the codes that are known; unknown codes are left to the server's check. */
export function describeCodes(codes: string[], options: Option[]): string[] {
  const byCode = new Map(options.map((o) => [o.code, o.name]));
  return codes.filter((c) => byCode.has(c)).map((c) => `${c} — ${byCode.get(c)}`);
}
