/**
 * The public pages' tables: GOV.UK table markup with a caption, a row header in the first column
 * and numeric columns right-aligned, inside a region that scrolls sideways on a narrow screen.
 */
import type { ReactNode } from 'react';
import { ScrollingTable } from './components.js';

export interface TableColumn<Row> {
  header: ReactNode;
  /** Right-aligned, as figures are. */
  numeric?: boolean;
  /** Kept on one line (periods). */
  nowrap?: boolean;
  cell: (row: Row) => ReactNode;
}

export interface FigureTableProps<Row> {
  /** Names the scrolling region for screen readers. */
  label: string;
  caption: ReactNode;
  captionSize?: 's' | 'm';
  tableClass?: string;
  /** The first column: what each row is about, read out as each cell's row header. */
  rowHeader: TableColumn<Row> & { nowrap?: boolean };
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Picks out a row (this council among its neighbours). */
  highlight?: (row: Row) => boolean;
}

const headerClass = (c: { numeric?: boolean }) =>
  `govuk-table__header${c.numeric ? ' govuk-table__header--numeric' : ''}`;

const cellClass = (c: { numeric?: boolean; nowrap?: boolean }) =>
  `govuk-table__cell${c.numeric ? ' govuk-table__cell--numeric' : ''}${c.nowrap ? ' gt-nowrap' : ''}`;

export function FigureTable<Row>(props: FigureTableProps<Row>) {
  const { rowHeader, columns } = props;
  return (
    <ScrollingTable label={props.label}>
      <table className={`govuk-table${props.tableClass ? ` ${props.tableClass}` : ''}`}>
        <caption className={`govuk-table__caption govuk-table__caption--${props.captionSize ?? 's'}`}>
          {props.caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {[rowHeader, ...columns].map((c, i) => (
              <th scope="col" className={headerClass(c)} key={i}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {props.rows.map((row) => (
            <tr
              className={`govuk-table__row${props.highlight?.(row) ? ' gt-highlight' : ''}`}
              key={props.rowKey(row)}
            >
              <th scope="row" className={`govuk-table__header${rowHeader.nowrap ? ' gt-nowrap' : ''}`}>
                {rowHeader.cell(row)}
              </th>
              {columns.map((c, i) => (
                <td className={cellClass(c)} key={i}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
}
