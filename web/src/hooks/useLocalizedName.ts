// Picks the name of a record in the interface language, falling back to Russian.
import { useTranslation } from 'react-i18next';

type Named = { nameRu: string; nameBe?: string | null; nameEn?: string | null };

export function useLocalizedName(): (record: Named | null | undefined) => string {
  const { i18n } = useTranslation();
  return (record) => {
    if (!record) return '';
    if (i18n.language === 'en') return record.nameEn || record.nameRu;
    if (i18n.language === 'be') return record.nameBe || record.nameRu;
    return record.nameRu;
  };
}
