/**
 * Data: common English short forms of first names, so "Bob Smith" and "Robert Smith" are one
 * person. From the usual hypocorisms of English given names (Wikipedia, "Hypocorism" and "List of
 * English-language given names"); only pairs with one long form are listed, so no short form is
 * ambiguous.
 */
const NICKNAMES: readonly (readonly [short: string, long: string])[] = [
  ['Bob', 'Robert'], ['Rob', 'Robert'], ['Bobby', 'Robert'], ['Bill', 'William'], ['Will', 'William'],
  ['Billy', 'William'], ['Jim', 'James'], ['Jimmy', 'James'], ['Mike', 'Michael'], ['Mick', 'Michael'],
  ['Tom', 'Thomas'], ['Tony', 'Anthony'], ['Antony', 'Anthony'], ['Dick', 'Richard'], ['Rich', 'Richard'],
  ['Rick', 'Richard'], ['Joe', 'Joseph'], ['Dave', 'David'], ['Steve', 'Steven'], ['Chuck', 'Charles'],
  ['Charlie', 'Charles'], ['Ben', 'Benjamin'], ['Bibi', 'Benjamin'], ['Ed', 'Edward'], ['Ted', 'Edward'],
  ['Ken', 'Kenneth'], ['Larry', 'Lawrence'], ['Liz', 'Elizabeth'], ['Beth', 'Elizabeth'], ['Kate', 'Katherine'],
  ['Kathy', 'Katherine'], ['Jen', 'Jennifer'], ['Jenny', 'Jennifer'], ['Pat', 'Patrick'], ['Pete', 'Peter'],
  ['Sam', 'Samuel'], ['Dan', 'Daniel'], ['Danny', 'Daniel'], ['Matt', 'Matthew'], ['Nick', 'Nicholas'],
  ['Alex', 'Alexander'], ['Andy', 'Andrew'], ['Greg', 'Gregory'], ['Jeff', 'Jeffrey'], ['Jon', 'Jonathan'],
  ['Don', 'Donald'], ['Ron', 'Ronald'], ['Tim', 'Timothy'], ['Vlad', 'Vladimir'], ['Sue', 'Susan'],
  ['Josh', 'Joshua'], ['Chris', 'Christopher'], ['Fred', 'Frederick'], ['Hank', 'Henry'], ['Harry', 'Henry'],
  ['Jerry', 'Gerald'], ['Phil', 'Philip'], ['Ray', 'Raymond'], ['Walt', 'Walter'], ['Abe', 'Abraham'],
];

/** The forms of a lower-cased first name, from the list (itself first, then its long forms, then their short forms). */
function formsOf(f: string): string[] {
  const longs = NICKNAMES.filter(([s, l]) => s.toLowerCase() === f || l.toLowerCase() === f).map(([, l]) => l.toLowerCase());
  const forms = new Set([f, ...longs]);
  for (const [s, l] of NICKNAMES) if (longs.includes(l.toLowerCase())) forms.add(s.toLowerCase());
  return [...forms];
}

/** The forms of every name the list holds, read once: a matcher built for a long text's names asks for each of them. */
const LISTED_FORMS: ReadonlyMap<string, readonly string[]> = new Map(NICKNAMES.flat().map((n) => [n.toLowerCase(), formsOf(n.toLowerCase())]));

/** Folded first name → every first name it may stand for or be written as (itself included); a list of its own (callers sort it). */
export function firstNameForms(first: string): string[] {
  const f = first.toLowerCase();
  const listed = LISTED_FORMS.get(f);
  return listed ? [...listed] : [f];
}
