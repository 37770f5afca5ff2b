import type { ReactNode } from 'react';

/** One column of a table: its heading and how to show a row's cell. */
export interface Column<Row> {
  heading: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
}

/** A GOV.UK table with a caption. */
export function Table<Row>({
  caption,
  columns,
  rows,
  rowKey,
  captionSize = 'm',
}: {
  caption: ReactNode;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  captionSize?: 's' | 'm' | 'l';
}) {
  return (
    <table className="govuk-table">
      <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((c) => (
            <th key={c.heading} scope="col" className={`govuk-table__header${c.numeric ? ' govuk-table__header--numeric' : ''}`}>
              {c.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="govuk-table__row">
            {columns.map((c, i) =>
              i === 0 ? (
                <th key={c.heading} scope="row" className="govuk-table__header">
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.heading} className={`govuk-table__cell${c.numeric ? ' govuk-table__cell--numeric' : ''}`}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
