// Sector names in the interface language: the API gives Russian and English (Belarusian falls back to Russian,
// a division the classifier lacks to its code).
export type SectorNamed = { sector: string; nameRu: string | null; nameEn?: string | null };

export function sectorName(record: SectorNamed, language: string): string {
  return (language === 'en' ? record.nameEn : null) || record.nameRu || record.nameEn || record.sector;
}

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
