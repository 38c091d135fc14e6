/**
 * Formula injection: a spreadsheet treats a cell that begins with =, +, -, @, a tab or a carriage
 * return as a formula (OWASP's "CSV injection"). Text that begins so is written with a leading
 * apostrophe, which spreadsheets show as text and do not evaluate. Numbers are never touched: a
 * negative figure is a number cell, not text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
