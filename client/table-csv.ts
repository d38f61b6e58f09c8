/** The page's table as CSV (no DOM here: the tests read it in Node). */
import { csvRowsText } from '../server/graph/flat-writers';

/**
 * The table as CSV, in the server's cells (RFC 4180, and a leading quote on text a spreadsheet
 * would run as a formula: names come from third parties, "=HYPERLINK(…)" among them).
 */
export const tableCsv = (header: string[], rows: (string | number)[][]): string => [...csvRowsText(header, rows)].join('');
