/** The CAMEO → relation table (server/gdelt/cameo-relations.json) as the README documents it. */
import { cameoClassifier } from '../../server/gdelt/cameo';
import type { Classifier } from '../../server/gdelt/cameo';
import { CAMEO_TABLE } from '../../server/gdelt/cameo-table';
import type { CameoTable } from '../../server/gdelt/cameo-table';

/** The classifier asked with codes as written in a row, which the row parser reads as numbers. */
const byText = (c: Classifier) => (code: string, root: string, quad: number) => c(Number(code), code.length, Number(root), quad);
const classify = byText(cameoClassifier(CAMEO_TABLE));

test.each([
  ['045', '04', 1, 'mediates'],
  ['0451', '04', 1, 'mediates'],
  ['046', '04', 1, 'negotiates'],
  ['040', '04', 1, 'negotiates'],
  ['042', '04', 1, 'negotiates'],
  ['044', '04', 1, 'negotiates'],
  ['036', '03', 1, 'negotiates'],
  ['112', '11', 3, 'opposes'],
  ['141', '14', 3, 'opposes'],
  ['190', '19', 4, 'opposes'],
  ['2041', '20', 4, 'opposes'],
  ['100', '10', 3, 'opposes'],
  ['010', '01', 1, 'counted'],
  ['030', '03', 1, 'counted'],
  ['057', '05', 2, 'counted'],
  ['090', '09', 2, 'counted'],
] as const)('%s (root %s, QuadClass %d) → %s', (code, root, quad, expected) => {
  expect(classify(code, root, quad)).toBe(expected);
  // The memoised answer is the same.
  expect(classify(code, root, quad)).toBe(expected);
});

test('the first matching rule wins, so 045 mediates although 04 negotiates', () => {
  const reordered: CameoTable = { ...CAMEO_TABLE, rules: [...CAMEO_TABLE.rules].reverse() };
  expect(byText(cameoClassifier(reordered))('045', '04', 1)).toBe('negotiates');
});

test('every rule of the bundled table has a label for the README', () => {
  for (const r of CAMEO_TABLE.rules) expect(r.label.length).toBeGreaterThan(5);
});
