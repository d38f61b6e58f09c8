/**
 * Every relative link and image in README.md and docs/**\/*.md points at a file of the repository, and
 * every `#anchor` (in the same file or another Markdown file) at a heading or an `<a id>` there.
 * The round-by-round logs were moved from README.md into docs/history/, so their links had to be
 * rewritten (`../../server/…`); this catches one left pointing nowhere, and a README section renamed
 * under a link to it. Links are read with marked's lexer, so code spans and blocks are not links.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Lexer, type Token } from 'marked';

const ROOT = path.join(__dirname, '..', '..');

function markdownFiles(): string[] {
  const found = ['README.md'];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.md')) found.push(rel);
    }
  };
  walk('docs');
  return found;
}

/** Every link and image target of a Markdown text, in order. */
function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  const visit = (tokens: Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'link' || token.type === 'image') targets.push(token.href);
      // marked's tokens nest under different fields by kind (inline tokens, list items, table cells).
      const nested = token as { tokens?: Token[]; items?: Token[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
      if (nested.tokens) visit(nested.tokens);
      if (nested.items) visit(nested.items);
      if (nested.header) for (const cell of nested.header) visit(cell.tokens);
      if (nested.rows) for (const row of nested.rows) for (const cell of row) visit(cell.tokens);
    }
  };
  visit(new Lexer().lex(markdown));
  return targets;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const token of new Lexer().lex(markdown)) {
    if (token.type !== 'heading') continue;
    const text = token.text.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of markdown.matchAll(/<a id="([^"]+)"><\/a>/g)) anchors.add(m[1]);
  return anchors;
}

describe('links in the README and docs/', () => {
  const files = markdownFiles();

  test('the docs/history logs are found', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', path.join('docs', 'history', 'engine-rounds.md')]));
  });

  test.each(files)('%s: every relative link resolves', (file) => {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const broken: string[] = [];
    for (const target of linkTargets(text)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto:
      const [filePart, anchor] = target.split('#', 2);
      const resolved = filePart === '' ? path.join(ROOT, file) : path.resolve(path.dirname(path.join(ROOT, file)), decodeURI(filePart));
      if (!resolved.startsWith(ROOT) || !fs.existsSync(resolved)) {
        broken.push(`${target} (no such file)`);
        continue;
      }
      if (anchor !== undefined && resolved.endsWith('.md') && !anchorsOf(fs.readFileSync(resolved, 'utf8')).has(anchor)) {
        broken.push(`${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the link reader', () => {
  test('finds links, images and table cells, and skips code', () => {
    const md = '[a](x.md) ![b](img.png)\n\n| c |\n|---|\n| [d](y.md#z) |\n\n`[e](no.md)`\n\n```\n[f](no2.md)\n```\n';
    expect(linkTargets(md)).toEqual(['x.md', 'img.png', 'y.md#z']);
  });

  test('makes GitHub anchors of headings and keeps explicit ones', () => {
    const anchors = anchorsOf('## Three ways to ask questions\n\n### Where we departed from the guide, and why\n\n## Notes\n\n## Notes\n\n<a id="entry-1"></a>\n');
    expect([...anchors]).toEqual(['three-ways-to-ask-questions', 'where-we-departed-from-the-guide-and-why', 'notes', 'notes-1', 'entry-1']);
  });
});
