/**
 * Writes a GDELT-2.0-like event file (61 tab-separated columns) for the benchmark: seeded, with a
 * heavy-tailed choice of actors (a few states and leaders in most events, as in real GDELT), a
 * third of the rows without a second actor, a realistic mix of CAMEO codes, and one malformed row
 * in a thousand, so the import runs its real paths: parse, validate, classify, aggregate, report.
 */
import fs from 'node:fs';
import { LAYOUTS } from '../../server/gdelt/columns';
import { seededRandom } from '../../server/algorithms/random';

const V2 = LAYOUTS[0].columns;
const col = (name: string): number => V2.indexOf(name);

/** CAMEO codes with their root, QuadClass, Goldstein value and weight in the mix. */
const CODES: [string, number, number, number][] = [
  ['010', 1, 0, 20], ['020', 1, 3, 4], ['036', 1, 4, 4], ['040', 1, 1, 8], ['042', 1, 1.9, 6], ['043', 1, 2.8, 5],
  ['045', 1, 5, 1], ['046', 1, 7, 4], ['051', 2, 3.4, 4], ['057', 2, 8, 2], ['070', 2, 7, 2], ['090', 2, -2, 3],
  ['100', 3, -5, 3], ['112', 3, -2, 8], ['120', 3, -4, 3], ['130', 3, -4.4, 3], ['141', 3, -6.5, 3],
  ['173', 4, -5, 3], ['190', 4, -10, 4], ['193', 4, -10, 2],
];

function pickWeighted<T>(items: T[], weight: (t: T) => number, random: () => number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const it of items) cumulative.push((total += weight(it)));
  return () => {
    const r = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

/** Three-letter codes AAA, AAB, …: stand-ins for country codes. */
const countryCode = (i: number): string => String.fromCharCode(65 + ((i / 676) | 0) % 26, 65 + ((i / 26) | 0) % 26, 65 + (i % 26));

/** Writes `rows` rows with about `actors` distinct actors; resolves when the file is on disk. */
export async function writeGdeltLike(file: string, rows: number, actors: number, seed: number): Promise<void> {
  const random = seededRandom(seed);
  const countries = Math.max(10, Math.round(actors / 25));
  // Actor i: the first `countries` are states, the rest named organisations, leaders or forces.
  const actor = (i: number): [string, string, string, string] => {
    if (i < countries) return [countryCode(i), `COUNTRY ${i}`, countryCode(i), ''];
    const c = countryCode(i % countries);
    const role = ['GOV', 'MIL', 'OPP', 'BUS', 'ELI'][i % 5];
    return [c + role, `ACTOR ${i}`, c, role];
  };
  // Heavy tail: index = ⌊actors · u³⌋ puts most events on the first few hundred actors.
  const pickActor = (): number => Math.floor(actors * random() ** 3);
  const pickCode = pickWeighted(CODES, (c) => c[3], random);
  const out = fs.createWriteStream(file, { highWaterMark: 1 << 20 });
  const fields = new Array<string>(V2.length).fill('');
  for (let n = 0; n < rows; n++) {
    fields.fill('');
    const day = 1 + Math.floor(random() * 28);
    const date = `202602${String(day).padStart(2, '0')}`;
    const [code, quad, goldstein] = pickCode();
    const a1 = actor(pickActor());
    const withSecond = random() > 0.33;
    const a2 = withSecond ? actor(pickActor()) : undefined;
    fields[col('GLOBALEVENTID')] = String(1_000_000_000 + n);
    fields[col('SQLDATE')] = date;
    fields[col('MonthYear')] = date.slice(0, 6);
    fields[col('Year')] = '2026';
    fields[col('FractionDate')] = (2026 + day / 365).toFixed(4);
    [fields[col('Actor1Code')], fields[col('Actor1Name')], fields[col('Actor1CountryCode')], fields[col('Actor1Type1Code')]] = a1;
    if (a2) [fields[col('Actor2Code')], fields[col('Actor2Name')], fields[col('Actor2CountryCode')], fields[col('Actor2Type1Code')]] = a2;
    fields[col('IsRootEvent')] = '1';
    fields[col('EventCode')] = code;
    fields[col('EventBaseCode')] = code;
    fields[col('EventRootCode')] = code.slice(0, 2);
    fields[col('QuadClass')] = String(quad);
    fields[col('GoldsteinScale')] = goldstein.toFixed(1);
    const mentions = 1 + Math.floor(-Math.log(1 - random()) * 4);
    fields[col('NumMentions')] = String(mentions);
    fields[col('NumSources')] = String(1 + Math.floor(random() * mentions));
    fields[col('NumArticles')] = String(mentions);
    fields[col('AvgTone')] = ((random() - 0.6) * 10).toFixed(6);
    fields[col('ActionGeo_Type')] = '1';
    fields[col('ActionGeo_FullName')] = 'Somewhere';
    fields[col('DATEADDED')] = `${date}120000`;
    fields[col('SOURCEURL')] = `https://news.example/${n % 50_000}`;
    // One row in a thousand is cut short, as a damaged download would be.
    const line = n % 1000 === 999 ? fields.slice(0, 20).join('\t') : fields.join('\t');
    if (!out.write(line + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}
