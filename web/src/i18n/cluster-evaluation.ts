// The `clusterEvaluation` namespace is not part of the main bundle: the cluster evaluation pages import this
// module, which adds the three catalogs to i18next before they render. Its type is declared in index.ts.
import i18n from './index.ts';
import { clusterEvaluation as be } from './locales/be/cluster-evaluation.ts';
import { clusterEvaluation as en } from './locales/en/cluster-evaluation.ts';
import { clusterEvaluation as ru } from './locales/ru/cluster-evaluation.ts';

for (const [language, catalog] of Object.entries({ ru, be, en })) {
  if (!i18n.hasResourceBundle(language, 'clusterEvaluation')) i18n.addResourceBundle(language, 'clusterEvaluation', catalog);
}
