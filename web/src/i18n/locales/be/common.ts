import type { Catalog } from '../../catalog.ts';
import type { common as en } from '../en/common.ts';

export const common: Catalog<typeof en> = {
  appName: 'ClusterAtlas',
  tagline: 'Платформа кластарнай палітыкі',
  nav: { map: 'Карта', mapping: 'Картаванне кластараў', opportunities: 'Экспартныя магчымасці', partners: 'Партнёры', crosssector: 'Міжгаліновыя сувязі', evaluation: 'Ацэнка палітыкі', calls: 'Конкурсы', clusters: 'Кластары', organizations: 'Арганізацыі', import: 'Імпарт', about: 'Пра праект', methods: 'Метады' },
  language: { label: 'Мова', ru: 'Русский', be: 'Беларуская', en: 'English' },
  auth: { signIn: 'Увайсці', signOut: 'Выйсці', signedInAs: 'Вы ўвайшлі як {{email}}' },
  status: { operating: 'Дзеючы', forming: 'Які фарміруецца', potential: 'Патэнцыйны', label: 'Статус', all: 'Усе статусы' },
  role: { admin: 'Адміністратар', analyst: 'Аналітык', cluster_manager: 'Менеджар кластара', member: 'Удзельнік' },
  orgRole: {
    producer: 'Вытворца', supplier: 'Пастаўшчык', service: 'Паслугі', rnd: 'НДДКР', education: 'Адукацыя',
    finance: 'Фінансы', government: 'Дзяржорган', nonprofit: 'Некамерцыйная арганізацыя',
  },
  membershipRole: { member: 'Удзельнік', coordinator: 'Каардынатар', anchor: 'Якарны ўдзельнік', associate: 'Асацыяваны' },
  size: { micro: 'Мікра', small: 'Малое', medium: 'Сярэдняе', large: 'Буйное' },
  illustrative: 'Ілюстрацыйны запіс',
  illustrativeHint: 'Прыдуманы дэманстрацыйны запіс, не рэальныя даныя',
  partialData: 'Няпоўныя даныя: 14 названых кластараў з 32 афіцыйных',
  loading: 'Загрузка…',
  error: 'Адбылася памылка: {{message}}',
  close: 'Закрыць',
  retry: 'Паўтарыць',
  notFound: 'Старонка не знойдзена',
  backHome: 'Вярнуцца да карты',
  noData: 'Няма даных',
  skipToContent: 'Перайсці да зместу',
  footer: 'Дэманстрацыйныя даныя па Беларусі: рэальныя адкрытыя крыніцы, дзе яны ёсць, інакш — пазначаныя ілюстрацыйныя запісы. Гл. «Пра праект».',
};
