// i18next with three catalogs; Russian by default. The chosen language is kept in localStorage and can
// be forced with ?lang=be in a shared link.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { be } from './locales/be/index.ts';
import { en } from './locales/en/index.ts';
import { ru } from './locales/ru/index.ts';
import type { mapping } from './locales/en/mapping.ts';
import type { opportunities } from './locales/en/opportunities.ts';
import type { partners } from './locales/en/partners.ts';
import type { calls } from './locales/en/calls.ts';
import type { crosssector } from './locales/en/crosssector.ts';
import type { evaluation } from './locales/en/evaluation.ts';
import type { clusterEvaluation } from './locales/en/cluster-evaluation.ts';

export const LANGUAGES = ['ru', 'be', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LOCALES: Record<Language, string> = { ru: 'ru-RU', be: 'be-BY', en: 'en-GB' };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    /** The namespaces of the main bundle, and those added when a view that needs them loads (i18n/mapping.ts). */
    resources: typeof en & { mapping: typeof mapping; opportunities: typeof opportunities; partners: typeof partners; calls: typeof calls; crosssector: typeof crosssector;
      evaluation: typeof evaluation; clusterEvaluation: typeof clusterEvaluation };
  }
}

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  const stored = window.localStorage.getItem('lang');
  return isLanguage(stored) ? stored : 'ru';
}

void i18n.use(initReactI18next).init({
  resources: { ru, be, en },
  lng: initialLanguage(),
  fallbackLng: 'ru',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (lng) => {
  window.localStorage.setItem('lang', lng);
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'ru';
}

export default i18n;
