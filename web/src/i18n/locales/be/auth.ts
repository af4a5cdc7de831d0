import type { Catalog } from '../../catalog.ts';
import type { auth as en } from '../en/auth.ts';

export const auth: Catalog<typeof en> = {
  title: 'Уваход',
  intro: 'Увайдзіце, каб змяняць запісы рэестра, якія дазваляе ваша роля, а аналітыкам і адміністратарам — імпартаваць файлы.',
  email: 'Электронная пошта',
  password: 'Пароль',
  submit: 'Увайсці',
  submitting: 'Уваход…',
  wrongCredentials: 'Няправільная электронная пошта або пароль. Праверце іх і паспрабуйце яшчэ раз.',
  missing: 'Увядзіце электронную пошту і пароль.',
  failed: 'Не атрымалася ўвайсці: {{message}}',
  already: 'Вы ўжо ўвайшлі як {{email}} ({{role}}).',
  continue: 'Працягнуць',
  noAccount: 'Уліковыя запісы стварае адміністратар ClusterAtlas.',
};
