// The ranked opportunities (TanStack Table): product code and name, score, density, PCI, COG, world market
// size, and the explanation "near: 8703 (phi 0.45), ..." (the exported products nearest to the candidate). A row's
// "markets" button opens the product's target markets below the table (TargetMarkets.tsx).
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpportunityItem } from '../../api/opportunities.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { TargetMarkets } from './TargetMarkets.tsx';
import { moneyScale } from './view.ts';

const column = createColumnHelper<OpportunityItem>();

export function OpportunityTable({ items, name, path, dataset, location, growthFrom }: {
  items: OpportunityItem[]; name: (code: string, nameEn: string | null) => string; path: string; dataset: string; location: string;
  /** the first year of world market growth; null hides the growth column (one year of data) */
  growthFrom: number | null;
}) {
  const { t } = useTranslation('opportunities');
  const format = useFormat();
  const [marketsFor, setMarketsFor] = useState<OpportunityItem | null>(null);
  const columns = useMemo(() => {
    const fixed = (digits: number) => new Intl.NumberFormat(format.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    const two = fixed(2);
    const one = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
    const num = (n: number | null) => (n === null ? '—' : two.format(n));
    const percent = new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const money = (value: number) => {
      const scaled = moneyScale(value);
      return t(`money.${scaled.key}`, { value: one.format(scaled.value) });
    };
    const explain = (item: OpportunityItem) => (item.near.length === 0 ? t('table.nearNone') : `${t('table.prefix')} ${item.near
      .map((n) => t('table.nearItem', { code: n.product, phi: two.format(n.phi) })).join(', ')}`);
    return [
      column.accessor('rank', { header: t('table.rank'), cell: (c) => c.getValue() }),
      column.accessor('product', {
        header: t('table.product'),
        cell: ({ row }) => <><code>{row.original.product}</code> {name(row.original.product, row.original.nameEn)}</>,
      }),
      column.accessor('score', { header: t('table.score'), cell: (c) => two.format(c.getValue()) }),
      column.accessor('density', { header: t('table.density'), cell: (c) => num(c.getValue()) }),
      column.accessor('pci', { header: t('table.pci'), cell: (c) => num(c.getValue()) }),
      column.accessor('cog', { header: t('table.cog'), cell: (c) => num(c.getValue()) }),
      column.accessor('worldValue', { header: t('table.world'), cell: (c) => money(c.getValue()) }),
      ...(growthFrom === null ? [] : [column.accessor('worldGrowth', {
        header: t('table.growth', { year: growthFrom }),
        cell: (c) => (c.getValue() === null ? '—' : percent.format(c.getValue() as number)),
      })]),
      column.display({
        id: 'near',
        header: t('table.near'),
        cell: ({ row }) => (
          <span data-testid="opp-near" title={row.original.near.map((n) => `${n.product} ${name(n.product, n.nameEn)}`).join('\n')}>
            {explain(row.original)}
          </span>
        ),
      }),
      column.display({
        id: 'markets',
        header: '',
        cell: ({ row }) => (
          <button type="button" className="opp-markets-button" data-testid="opp-markets" title={t('markets.buttonTitle', { product: row.original.product })}
            aria-pressed={marketsFor?.product === row.original.product} onClick={() => setMarketsFor(row.original)}>
            {t('markets.button')}
          </button>
        ),
      }),
    ];
  }, [t, format, name, marketsFor]);

  const table = useReactTable({ data: items, columns, getCoreRowModel: getCoreRowModel(), getRowId: (row) => row.product });

  return (
    <>
      <div className="opp-table-scroll">
        <table className="opp-table" data-testid="opp-table" data-path={path}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => <th key={header.id} scope="col">{flexRender(header.column.columnDef.header, header.getContext())}</th>)}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-testid="opp-row" data-product={row.original.product}>
                {row.getVisibleCells().map((cell) => <td key={cell.id} className={`opp-col-${cell.column.id}`}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {marketsFor && (
        <TargetMarkets dataset={dataset} location={location} product={marketsFor.product} label={name(marketsFor.product, marketsFor.nameEn)}
          onClose={() => setMarketsFor(null)} />
      )}
    </>
  );
}
