/** What files say about themselves, and manifests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readManifest } from '../../server/ingest/batch/manifest';
import { fileMeta } from '../../server/ingest/batch/metadata';

test('front matter gives outlet, date (from a timestamp too), title and url', () => {
  const md = '---\ntitle: Talks resume\noutlet: Example Wire\ndate: 2026-03-01T09:30:00Z\nurl: https://example.org/a\n---\n# Talks resume\n\nBody.';
  expect(fileMeta(md)).toEqual({ outlet: 'Example Wire', date: '2026-03-01', title: 'Talks resume', url: 'https://example.org/a' });
});

test('a file without metadata says nothing: nothing is guessed', () => {
  expect(fileMeta('Egypt and Israel negotiated a truce.')).toEqual({});
});

test('HTML meta tags win over JSON-LD NewsArticle, which fills what they lack', () => {
  const html = `<!doctype html><html><head><title>Page title</title>
    <meta property="og:title" content="OG headline">
    <meta property="article:published_time" content="2026-02-06T10:00:00+02:00">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"LD headline","datePublished":"2026-01-01","publisher":{"@type":"Organization","name":"LD Outlet"},"url":"https://ld.example/x"}]}</script>
    </head><body><p>x</p></body></html>`;
  expect(fileMeta(html)).toEqual({ outlet: 'LD Outlet', date: '2026-02-06', title: 'OG headline', url: 'https://ld.example/x' });
});

test('a "constructor" or "__proto__" key in front matter is data, never a field', () => {
  expect(fileMeta('---\n__proto__: x\nconstructor: y\n---\nText')).toEqual({});
});

describe('manifests', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-manifest-'));
  test('CSV rows are keyed by the path resolved from the manifest folder', () => {
    const file = path.join(dir, 'm.csv');
    fs.writeFileSync(file, 'path,outlet,date,title,url\na.txt,Wire A,2026-02-01,,\nsub/b.md,"Wire, B",2026-02-02,B title,https://b.example/\n');
    const m = readManifest(file);
    expect(m.get(path.join(dir, 'a.txt'))).toEqual({ outlet: 'Wire A', date: '2026-02-01' });
    expect(m.get(path.join(dir, 'sub', 'b.md'))).toEqual({ outlet: 'Wire, B', date: '2026-02-02', title: 'B title', url: 'https://b.example/' });
  });
  test('JSON Lines; a bad line is named', () => {
    const file = path.join(dir, 'm.jsonl');
    fs.writeFileSync(file, '{"path":"a.txt","outlet":"W","date":"2026-02-01"}\n\n{"path":"b.txt","date":5}\n');
    expect(() => readManifest(file)).toThrow(/line 3: "date" must be text/);
    fs.writeFileSync(file, '{"path":"a.txt","outlet":"W"}\nnot json\n');
    expect(() => readManifest(file)).toThrow(/line 2 is not valid JSON/);
  });
});
