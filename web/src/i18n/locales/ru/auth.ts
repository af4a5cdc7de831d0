import type { Catalog } from '../../catalog.ts';
import type { auth as en } from '../en/auth.ts';

export const auth: Catalog<typeof en> = {
  title: 'Вход',
  intro: 'Войдите, чтобы изменять записи реестра, которые позволяет ваша роль, а аналитикам и администраторам — импортировать файлы.',
  email: 'Электронная почта',
  password: 'Пароль',
  submit: 'Войти',
  submitting: 'Вход…',
  wrongCredentials: 'Неверная электронная почта или пароль. Проверьте их и попробуйте ещё раз.',
  missing: 'Введите электронную почту и пароль.',
  failed: 'Не удалось войти: {{message}}',
  already: 'Вы уже вошли как {{email}} ({{role}}).',
  continue: 'Продолжить',
  noAccount: 'Учётные записи создаёт администратор ClusterAtlas.',
};
