/** Progress on stderr: a bar on a terminal, plain periodic lines otherwise, nothing with --json. */
import { Writable } from 'node:stream';
import { startProgress } from '../server/cli/progress';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: () => string } {
  let text = '';
  const s = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  }) as unknown as NodeJS.WriteStream & { text: () => string };
  Object.assign(s, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, text: () => text });
  return s;
}

test('not a terminal: plain lines with counts, rate and time left; failures logged as they happen', () => {
  const out = fakeStream(false);
  const p = startProgress('ingest', 4, { out, everyMs: 0 });
  p.tick('1 added');
  p.log('actor-graph: bad.txt: not valid UTF-8');
  p.tick('2 added');
  p.stop();
  const lines = out.text().trim().split('\n');
  expect(lines[0]).toMatch(/^ingest: 1\/4 1 added [\d.]+\/s ~\d+ s left$/);
  expect(lines).toContain('actor-graph: bad.txt: not valid UTF-8');
  expect(lines[lines.length - 1]).toMatch(/^ingest: 2\/4 2 added/);
});

test('a terminal: a bar with value/total and detail', () => {
  const out = fakeStream(true);
  const p = startProgress('ingest', 3, { out });
  p.tick('1 added');
  p.tick('2 added');
  p.tick('3 added');
  p.stop();
  expect(out.text()).toMatch(/ingest .*3\/3 3 added [\d.]+\/s eta/);
});

test('--json: no progress at all', () => {
  const out = fakeStream(false);
  const p = startProgress('ingest', 2, { out, json: true, everyMs: 0 });
  p.tick('x');
  p.stop();
  expect(out.text()).toBe('');
});
