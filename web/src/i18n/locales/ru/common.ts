import type { Catalog } from '../../catalog.ts';
import type { common as en } from '../en/common.ts';

export const common: Catalog<typeof en> = {
  appName: 'ClusterAtlas',
  tagline: 'Платформа кластерной политики',
  nav: { map: 'Карта', mapping: 'Картирование кластеров', opportunities: 'Экспортные возможности', partners: 'Партнёры', crosssector: 'Межотраслевые связи', evaluation: 'Оценка политики', calls: 'Конкурсы', clusters: 'Кластеры', organizations: 'Организации', import: 'Импорт', about: 'О проекте', methods: 'Методы' },
  language: { label: 'Язык', ru: 'Русский', be: 'Беларуская', en: 'English' },
  auth: { signIn: 'Войти', signOut: 'Выйти', signedInAs: 'Вы вошли как {{email}}' },
  status: { operating: 'Действующий', forming: 'Формирующийся', potential: 'Потенциальный', label: 'Статус', all: 'Все статусы' },
  role: { admin: 'Администратор', analyst: 'Аналитик', cluster_manager: 'Менеджер кластера', member: 'Участник' },
  orgRole: {
    producer: 'Производитель', supplier: 'Поставщик', service: 'Услуги', rnd: 'НИОКР', education: 'Образование',
    finance: 'Финансы', government: 'Госорган', nonprofit: 'Некоммерческая организация',
  },
  membershipRole: { member: 'Участник', coordinator: 'Координатор', anchor: 'Якорный участник', associate: 'Ассоциированный' },
  size: { micro: 'Микро', small: 'Малое', medium: 'Среднее', large: 'Крупное' },
  illustrative: 'Иллюстративная запись',
  illustrativeHint: 'Придуманная демонстрационная запись, не реальные данные',
  partialData: 'Неполные данные: 14 названных кластеров из 32 официальных',
  loading: 'Загрузка…',
  error: 'Произошла ошибка: {{message}}',
  close: 'Закрыть',
  retry: 'Повторить',
  notFound: 'Страница не найдена',
  backHome: 'Вернуться к карте',
  noData: 'Нет данных',
  skipToContent: 'Перейти к содержанию',
  footer: 'Демонстрационные данные по Беларуси: реальные открытые источники, где они есть, иначе — помеченные иллюстративные записи. См. «О проекте».',
};
