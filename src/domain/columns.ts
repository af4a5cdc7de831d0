// File columns of each registry kind: the canonical (English) header, the entity field it fills, how a
// cell is read, and the Russian headers accepted for it. One table serves import, export and templates.
import type { z } from 'zod';
import { ClusterInput } from './cluster.ts';
import { ContractInput } from './contract.ts';
import { MembershipInput } from './membership.ts';
import { OrganizationInput } from './organization.ts';
import { ProjectInput } from './project.ts';

export type CellType = 'text' | 'int' | 'number' | 'date' | 'bool' | 'list' | 'intlist';

export interface ColumnSpec {
  column: string;
  field: string;
  /** Database column; absent when the field is stored elsewhere (a cluster's status history). */
  db?: string;
  type: CellType;
  required?: boolean;
  aliases?: readonly string[];
  confidential?: boolean;
}

export const REGISTRY_KINDS = ['organizations', 'clusters', 'memberships', 'contracts', 'projects'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

export interface KindSpec {
  kind: RegistryKind;
  table: string;
  schema: z.ZodType<Record<string, unknown>, unknown>;
  columns: readonly ColumnSpec[];
}

const col = (column: string, type: CellType, aliases: string[] = [], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  column,
  field: column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()),
  db: column,
  type,
  aliases,
  ...extra,
});

const common = {
  id: col('id', 'int', ['ид', 'идентификатор', '№']),
  illustrative: col('illustrative', 'bool', ['иллюстративная', 'демо']),
};

export const KIND_SPECS: Record<RegistryKind, KindSpec> = {
  organizations: {
    kind: 'organizations',
    table: 'organizations',
    schema: OrganizationInput,
    columns: [
      common.id,
      col('kind', 'text', ['вид', 'тип'], { required: true }),
      col('unp', 'text', ['унп']),
      col('name_ru', 'text', ['наименование', 'название', 'наименование (рус)'], { required: true }),
      col('name_be', 'text', ['наименование (бел)', 'назва']),
      col('name_en', 'text', ['наименование (англ)']),
      col('roles', 'list', ['роли', 'роль']),
      col('primary_sector', 'text', ['оквэд', 'окэд', 'основной вид деятельности', 'код окэд']),
      col('secondary_sectors', 'list', ['прочие виды деятельности', 'дополнительные окэд']),
      col('territory', 'text', ['территория', 'регион', 'territory_id'], { field: 'territoryId', db: 'territory_id' }),
      col('address', 'text', ['адрес']),
      col('lat', 'number', ['широта']),
      col('lon', 'number', ['долгота']),
      col('size_class', 'text', ['размер', 'категория']),
      col('employees', 'int', ['численность', 'работники', 'численность работников'], { confidential: true }),
      col('revenue', 'number', ['выручка'], { confidential: true }),
      col('exports', 'number', ['экспорт'], { confidential: true }),
      col('founded_year', 'int', ['год создания', 'год основания', 'год регистрации']),
      col('status', 'text', ['статус', 'состояние']),
      col('revenue_growth', 'number', ['рост выручки', 'темп роста выручки'], { confidential: true }),
      col('certifications', 'list', ['сертификаты', 'сертификация']),
      col('labels', 'list', ['знаки', 'награды', 'метки']),
      col('website', 'text', ['сайт']),
      col('profile', 'text', ['профиль', 'описание']),
      col('source', 'text', ['источник']),
      common.illustrative,
    ],
  },
  clusters: {
    kind: 'clusters',
    table: 'clusters',
    schema: ClusterInput,
    columns: [
      common.id,
      col('name_ru', 'text', ['наименование', 'название'], { required: true }),
      col('name_be', 'text', ['наименование (бел)', 'назва']),
      col('name_en', 'text', ['наименование (англ)']),
      col('status', 'text', ['статус'], { required: true }),
      col('status_since', 'date', ['статус с'], { db: undefined }),
      col('specialisation', 'list', ['специализация', 'отрасли']),
      col('territories', 'list', ['территории', 'регион', 'регионы']),
      col('coordinator_id', 'int', ['координатор', 'координирующая организация']),
      col('founded_year', 'int', ['год создания', 'год основания']),
      col('agreement_date', 'date', ['дата соглашения']),
      col('agreement_ref', 'text', ['соглашение', 'реквизиты соглашения']),
      col('management_staff', 'int', ['штат управления', 'персонал управления кластером']),
      col('description', 'text', ['описание']),
      col('labels', 'list', ['знаки', 'награды', 'метки']),
      col('website', 'text', ['сайт']),
      col('source', 'text', ['источник']),
      common.illustrative,
    ],
  },
  memberships: {
    kind: 'memberships',
    table: 'memberships',
    schema: MembershipInput,
    columns: [
      common.id,
      col('organization_id', 'int', ['организация', 'ид организации'], { required: true }),
      col('cluster_id', 'int', ['кластер', 'ид кластера'], { required: true }),
      col('role', 'text', ['роль']),
      col('joined', 'date', ['дата вступления', 'вступил']),
      col('left', 'date', ['дата выхода', 'вышел']),
      common.illustrative,
    ],
  },
  contracts: {
    kind: 'contracts',
    table: 'contracts',
    schema: ContractInput,
    columns: [
      common.id,
      col('supplier_id', 'int', ['поставщик', 'исполнитель'], { required: true }),
      col('customer_id', 'int', ['заказчик', 'покупатель'], { required: true }),
      col('kind', 'text', ['вид', 'тип'], { required: true }),
      col('cluster_id', 'int', ['кластер']),
      col('title', 'text', ['предмет', 'наименование']),
      col('signed', 'date', ['дата заключения', 'подписан']),
      col('start_date', 'date', ['начало']),
      col('end_date', 'date', ['окончание']),
      col('value', 'number', ['сумма', 'стоимость'], { confidential: true }),
      col('status', 'text', ['статус']),
      common.illustrative,
    ],
  },
  projects: {
    kind: 'projects',
    table: 'projects',
    schema: ProjectInput,
    columns: [
      common.id,
      col('cluster_id', 'int', ['кластер']),
      col('title_ru', 'text', ['наименование', 'название'], { required: true }),
      col('title_en', 'text', ['наименование (англ)']),
      col('description', 'text', ['описание']),
      col('start_date', 'date', ['начало']),
      col('end_date', 'date', ['окончание']),
      col('budget', 'number', ['бюджет']),
      col('status', 'text', ['статус']),
      col('participants', 'intlist', ['участники']),
      common.illustrative,
    ],
  },
};

export function kindSpec(kind: string): KindSpec | undefined {
  return (REGISTRY_KINDS as readonly string[]).includes(kind) ? KIND_SPECS[kind as RegistryKind] : undefined;
}
