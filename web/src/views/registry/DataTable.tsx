// A TanStack Table whose sorting and pagination happen on the server: the table only renders the page it is
// given and reports header clicks (sorting) back. Sortable headers are buttons, with aria-sort on the cell.
import { type ColumnDef, flexRender, getCoreRowModel, type SortingState, useReactTable } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';

/** Columns of mixed value types, as TanStack Table's own examples type them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Columns<T> = ColumnDef<T, any>[];

interface Props<T extends { id: number }> {
  data: T[];
  columns: Columns<T>;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  total: number;
  pageIndex: number;
  pageSize: number;
  rowTestId: string;
  /** Column ids whose cells are numbers (right-aligned). */
  numeric?: string[];
  caption: string;
  busy: boolean;
}

export function DataTable<T extends { id: number }>({ data, columns, sorting, onSortingChange, total, pageIndex, pageSize, rowTestId, numeric = [], caption, busy }: Props<T>) {
  const { t } = useTranslation('registry');
  const table = useReactTable<T>({
    data,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.id),
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    rowCount: total,
    state: { sorting, pagination: { pageIndex, pageSize } },
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
  });
  const align = (id: string) => (numeric.includes(id) ? 'number' : undefined);

  return (
    <div className="table-scroll">
      <table className="registry-table" aria-busy={busy}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={align(header.column.id)}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className={`sort-button${sorted ? ' sorted' : ''}`}
                        onClick={header.column.getToggleSortingHandler()}
                        title={t('sortBy', { column: typeof header.column.columnDef.header === 'string' ? header.column.columnDef.header : header.column.id })}
                        data-sort={header.column.id}
                      >
                        {label}
                        <span className="sort-arrow" aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                        {sorted && <span className="visually-hidden">, {t(sorted === 'asc' ? 'sortedAscending' : 'sortedDescending')}</span>}
                      </button>
                    ) : label}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-testid={rowTestId}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={align(cell.column.id)}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
