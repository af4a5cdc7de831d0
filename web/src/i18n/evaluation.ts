// The `evaluation` namespace is not part of the main bundle: the policy-evaluation pages (and the RAG
// badge) import this module, which adds the three catalogs to i18next before they render. Its type is
// declared in index.ts.
import i18n from './index.ts';
import { evaluation as be } from './locales/be/evaluation.ts';
import { evaluation as en } from './locales/en/evaluation.ts';
import { evaluation as ru } from './locales/ru/evaluation.ts';

for (const [language, catalog] of Object.entries({ ru, be, en })) {
  if (!i18n.hasResourceBundle(language, 'evaluation')) i18n.addResourceBundle(language, 'evaluation', catalog);
}
