// Reference data that the profile and the registry tables read: territories (names and shapes) and the
// NACE sections and divisions. Cached for the session; the names fall back to the codes while they load
// or when a request fails.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { TerritoryCollection } from '../../api/types.ts';

export interface Sector { code: string; level: 'section' | 'division'; parentCode: string | null; nameRu: string | null; nameEn: string }

export function useTerritories(level: 'oblast' | 'raion', enabled = true) {
  return useQuery({
    queryKey: ['territories', level],
    queryFn: () => api<TerritoryCollection>(`/api/territories?level=${level}`),
    staleTime: Infinity,
    enabled,
  });
}

export function useSectors() {
  return useQuery({ queryKey: ['sectors'], queryFn: () => api<{ items: Sector[] }>('/api/sectors'), staleTime: Infinity, retry: false });
}

/** Territory id -> name in the interface language, over the oblasts and (when loaded) the raions. Stable
 * until the language or the loaded data change. */
export function useTerritoryNames(withRaions = true): (id: string | null | undefined) => string {
  const oblasts = useTerritories('oblast');
  const raions = useTerritories('raion', withRaions);
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const byId = new Map<string, string>();
    for (const collection of [oblasts.data, raions.data]) {
      for (const { properties: p } of collection?.features ?? []) {
        byId.set(p.id, (language === 'en' ? p.nameEn : language === 'be' ? p.nameBe : null) || p.nameRu);
      }
    }
    return (id: string | null | undefined) => (id ? (byId.get(id) ?? id) : '');
  }, [oblasts.data, raions.data, language]);
}

/** NACE code -> "code name": a group or class (16.21) is named by its division (16). */
export function useSectorNames(): { label: (code: string) => string; name: (code: string) => string | null; sectors: Sector[] } {
  const { data } = useSectors();
  const { i18n } = useTranslation();
  return useMemo(() => {
    const byCode = new Map((data?.items ?? []).map((s) => [s.code, s]));
    const name = (code: string): string | null => {
      const sector = byCode.get(code) ?? byCode.get(code.split('.')[0]!);
      if (!sector) return null;
      return i18n.language === 'en' ? sector.nameEn : (sector.nameRu ?? sector.nameEn);
    };
    return { label: (code) => { const n = name(code); return n ? `${code} ${n}` : code; }, name, sectors: data?.items ?? [] };
  }, [data, i18n.language]);
}
