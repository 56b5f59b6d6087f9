// Spreadsheet formula injection: a cell that starts with = + - @ (or a tab or carriage return,
// which some spreadsheets skip before reading the formula) runs as a formula when the CSV is
// opened in Excel, LibreOffice or Sheets. A leading apostrophe makes them show it as text.
// Applied to every text cell of an export, after the value is final and before CSV quoting.

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCsvCell(value: string): string;
export function neutraliseCsvCell<T>(value: T): T;
export function neutraliseCsvCell(value: unknown): unknown {
  // Numbers stay numbers: -3 in a count column is data, not a formula, and is never a string here.
  if (typeof value !== "string") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
