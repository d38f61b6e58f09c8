import { createState } from '../../client/state';
import { isIsoDate, readUrl, writeUrl } from '../../client/url-state';

test('a real calendar date is one; a month 13 or 30 February is not', () => {
  expect(isIsoDate('2026-02-28')).toBe(true);
  expect(isIsoDate('2026-13-45')).toBe(false);
  expect(isIsoDate('2026-02-30')).toBe(false);
  expect(isIsoDate('yesterday')).toBe(false);
});

test('unreadable parameters are ignored and named, the rest is kept', () => {
  const view = readUrl('?since=2026-13-45&until=2026-02-10&types=opposes,friends&minEvidence=two&actor=iran');
  expect(view.filters.since).toBe('');
  expect(view.filters.until).toBe('2026-02-10');
  expect(view.filters.types).toEqual(['opposes']);
  expect(view.filters.minEvidence).toBe(1);
  expect(view.selection).toEqual({ kind: 'actor', id: 'iran' });
  expect(view.ignored).toEqual([
    'types: unknown “friends”',
    'minEvidence=two: not a whole number of 1 or more',
    'since=2026-13-45: not a date (YYYY-MM-DD)',
  ]);
});

test('a clean link has nothing to ignore, and what is written back reads the same', () => {
  const view = readUrl('?types=negotiates,mediates&since=2026-02-01&actor=oman&metric=betweenness');
  expect(view.ignored).toEqual([]);
  const state = { ...createState(), filters: view.filters, metric: view.metric, selection: view.selection };
  expect(readUrl(writeUrl(state, '')).filters).toEqual(view.filters);
  expect(writeUrl(state, '?test=1')).toContain('test=1');
});

test('the look (colourings, timeline step and mode, ticks, caption, camera) goes through a link unchanged', () => {
  const search = '?colour=community&lines=provenance&step=week&accumulate=1&pick=oman,qatar&pickLines=mediates:egypt->iran&caption=Gulf+channel&camera=0.4,0.6,0.5';
  const view = readUrl(search);
  expect(view.ignored).toEqual([]);
  expect(view.look).toEqual({
    nodeColour: 'community',
    edgeColour: 'provenance',
    step: 'week',
    accumulate: true,
    pickedActors: ['oman', 'qatar'],
    pickedEdges: ['mediates:egypt->iran'],
    caption: 'Gulf channel',
    camera: { x: 0.4, y: 0.6, ratio: 0.5 },
  });
  const state = { ...createState(), look: view.look };
  expect(readUrl(writeUrl(state, '')).look).toEqual(view.look);
  // The defaults write nothing.
  expect(writeUrl(createState(), '')).toBe('');
});

test('an unreadable look is named and left at its default', () => {
  const view = readUrl('?colour=rainbow&step=year&camera=1,2');
  expect(view.look.nodeColour).toBe('kind');
  expect(view.look.step).toBe('month');
  expect(view.look.camera).toBeNull();
  expect(view.ignored).toEqual(['colour=rainbow: not “community”', 'step=year: not day, week or month', 'camera=1,2: not x,y,ratio']);
});

test('states opened in the rolled-up view round-trip through the link, sorted; without roll-up they are named and dropped', () => {
  const view = readUrl('?rollup=true&expand=united-states,iran');
  expect(view.filters.expand).toEqual(['iran', 'united-states']);
  const state = { ...createState(), filters: view.filters };
  expect(writeUrl(state, '')).toContain('expand=iran%2Cunited-states');
  expect(readUrl(writeUrl(state, '')).filters).toEqual(view.filters);
  const bare = readUrl('?expand=iran');
  expect(bare.filters.expand).toEqual([]);
  expect(bare.ignored).toEqual(['expand=iran: only with rollup=true']);
});

test('numbers in a link are read as the server reads them: empty parts, spaces, hex and "Infinity" are named and ignored', () => {
  const view = readUrl('?minEvidence=0x2&camera=,,1');
  expect(view.filters.minEvidence).toBe(1);
  expect(view.look.camera).toBeNull();
  expect(view.ignored).toEqual(['minEvidence=0x2: not a whole number of 1 or more', 'camera=,,1: not x,y,ratio']);
  for (const camera of ['1, 2,0.5', 'Infinity,0,1', '0,0,0', '0,0,1,4']) expect(readUrl(`?camera=${encodeURIComponent(camera)}`).look.camera).toBeNull();
  expect(readUrl('?camera=-1.5e2,3,.25&minEvidence=3').look.camera).toEqual({ x: -150, y: 3, ratio: 0.25 });
  expect(readUrl('?minEvidence=3').filters.minEvidence).toBe(3);
});
