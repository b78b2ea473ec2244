// The reference the issue compares against: the same columns built the usual way with
// TanStack Table (sorting) and TanStack Virtual (rows), with no extras.
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { LedgerEvent } from '../../src/core/ledger/LedgerEvent.js';

const column = createColumnHelper<LedgerEvent>();
const columns = [
  column.accessor((event) => event.eventTime.getTime(), {
    id: 'date',
    header: 'Date',
    cell: (info) => new Date(info.getValue()).toLocaleDateString(),
  }),
  column.accessor('eventName', { header: 'Activity' }),
  column.accessor('reference', { header: 'Reference' }),
  column.accessor('netPoints', { id: 'points', header: 'Points' }),
  column.accessor((event) => event.earliestExpiry?.toLocaleDateString() ?? '', {
    id: 'expires',
    header: 'Expires',
  }),
];

/** TanStack Table + TanStack Virtual over the same events. */
export function ReferenceTable({ events }: { events: LedgerEvent[] }) {
  const [sorting, setSorting] = useState<SortingState>([]);
  // TanStack Table is not React Compiler-compatible; nothing here is compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: events,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const { rows } = table.getRowModel();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 40,
    overscan: 6,
  });
  return (
    <div ref={scrollRef} data-slot="table" style={{ height: 448, overflow: 'auto' }}>
      <table style={{ display: 'grid' }} data-sorted={sorting.length ? 'points' : undefined}>
        <thead style={{ display: 'grid', position: 'sticky', top: 0 }}>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} style={{ display: 'flex' }}>
              {group.headers.map((header) => (
                <th key={header.id} style={{ width: 150 }}>
                  <button type="button" onClick={header.column.getToggleSortingHandler()}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </button>
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody
          style={{ display: 'grid', height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{
                  display: 'flex',
                  position: 'absolute',
                  transform: `translateY(${item.start}px)`,
                  width: '100%',
                }}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} style={{ width: 150 }}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
