/**
 * CSV lines for the commands that write tables (diff, balance), as RFC 4180 reads them: a field
 * with a comma, a quote or a line break is quoted, its quotes doubled. A field from the data that
 * a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage return) is
 * written after an apostrophe, so opening the file never runs a name or a date as code.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (fields: readonly string[]): string => fields.map(csvField).join(",");
