/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (= + - @, tab, CR at the start) get a
 * leading apostrophe: questions come from the public and the file is opened in Excel by officials.
 */
export function formatCsvCell(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

export function formatCsvRow(cells: readonly string[]): string {
  return `${cells.map(formatCsvCell).join(",")}\r\n`;
}

/** Excel reads UTF-8 CSV correctly only with a byte-order mark. */
export const UTF8_BOM = "\ufeff";
