/**
 * Comma-separated values as RFC 4180 writes them, for the "Download CSV" links under the
 * simulators' tables: a cell with a comma, quote or line break is quoted, quotes are doubled, and
 * lines end in CRLF, so spreadsheets open the file as the table shows it.
 */
export type CsvValue = string | number;

export function csvCell(value: CsvValue): string {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
