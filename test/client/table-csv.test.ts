/** The page's table as CSV (Table → CSV): a spreadsheet opening it runs no formula a name brings. */
import { tableCsv } from '../../client/table-csv';

test('a name that would start a formula gets a leading quote; numbers and plain cells stay; RFC 4180 quoting', () => {
  const csv = tableCsv(['id', 'Actor', 'Relations'], [
    ['x', '=HYPERLINK("http://evil.example","click")', 3],
    ['y', '@SUM(A1)', -2],
    ['z', 'Smith, Jane', '-1.5'],
  ]);
  expect(csv.split('\r\n')).toEqual(['id,Actor,Relations', `x,"'=HYPERLINK(""http://evil.example"",""click"")",3`, "y,'@SUM(A1),-2", 'z,"Smith, Jane",-1.5', '']);
});
