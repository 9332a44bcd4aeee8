/**
 * A small CSV writer for files that statistics packages and spreadsheets read (RFC 4180): fields
 * separated by commas, records ended by CRLF, a field quoted when it holds a comma, a quote, a line
 * break or leading or trailing space, with its quotes doubled. The text starts with a UTF-8 byte order
 * mark, by which Excel knows the file is UTF-8 (names with ë or ø stay readable); SPSS, R and pandas
 * skip it.
 */

/** A number already written as it should appear, e.g. '12.0' (see fixedDecimals). */
export interface CsvNumber {
  readonly csvNumber: string;
}

/** A field: text, a number, a number written out, or nothing (an empty field). */
export type CsvField = string | number | CsvNumber | null;

export const byteOrderMark = '\uFEFF';

/** A number written as given; refuses anything but a plain decimal, so that text cannot pass as one. */
export function csvNumber(text: string): CsvNumber {
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new RangeError(`not a decimal number: ${text}`);
  return { csvNumber: text };
}

// A spreadsheet runs a field that starts with one of these as a formula (CSV injection). Only text is
// guarded: a number is written by Regie itself and may well be negative.
const formulaStart = /^[=+\-@\t\r]/;

function textField(text: string): string {
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function field(value: CsvField): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'object') return value.csvNumber;
  return textField(value);
}

/** The records as CSV text, byte order mark first, every record (the last too) ended by CRLF. */
export function toCsv(records: readonly (readonly CsvField[])[]): string {
  return byteOrderMark + records.map((record) => `${record.map(field).join(',')}\r\n`).join('');
}
