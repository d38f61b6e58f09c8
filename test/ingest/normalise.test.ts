import { detectFormat, normaliseDocument, normaliseText } from '../../server/ingest/normalise';
import { splitSentences } from '../../server/extract';
import { InvalidArgumentError } from '../../server/domain/errors';

const WRAPPED = [
  'The foreign ministers of Freedonia and Sylvania met in a lakeside town on',
  'Tuesday to discuss the border dispute that has strained relations between',
  'the two neighbours for a decade.',
  '',
  'Officials said the talks would continue next month, and that a technical',
  'committee would meet in the meantime to draw up a map of the frontier.',
].join('\n');

describe('detectFormat', () => {
  it('tells HTML, Markdown, wrapped and plain text apart', () => {
    expect(detectFormat('<p>Freedonia met Sylvania.</p><p>They agreed.</p>')).toBe('html');
    expect(detectFormat('<!DOCTYPE html><title>x</title>')).toBe('html');
    expect(detectFormat('# Talks resume\n\nFreedonia met Sylvania.')).toBe('markdown');
    expect(detectFormat('---\ntitle: Talks\n---\nFreedonia met Sylvania.')).toBe('markdown');
    expect(detectFormat('Freedonia met [Sylvania](http://example.org).\n\n**Update**: talks went on.')).toBe('markdown');
    expect(detectFormat(WRAPPED)).toBe('wrapped');
    expect(detectFormat('Freedonia met Sylvania on Monday.\nThe talks went on for hours.\nBoth sides spoke of progress.')).toBe('plain');
    expect(detectFormat('A single line about Freedonia - and Sylvania.')).toBe('plain');
  });

  it('reads a file opening with front matter as Markdown, raw HTML figures inside it or not', () => {
    const page = '---\ntitle: Talks\n---\n\n**Freedonia** met Sylvania on Monday.\n\n<figure>\n<img src="a.png" />\n<figcaption>A photo.</figcaption>\n</figure>\n\nThe talks went on.\n';
    expect(detectFormat(page)).toBe('markdown');
    expect(normaliseText(page).text).toBe('Freedonia met Sylvania on Monday.\n\nThe talks went on.');
  });

  it('recognises empty front matter and drops it', () => {
    expect(detectFormat('---\n---\nGhana met Togo.')).toBe('markdown');
    expect(normaliseText('---\n---\nGhana met Togo.')).toEqual({ format: 'markdown', text: 'Ghana met Togo.' });
    expect(normaliseText('+++\n+++\nGhana met Togo.').text).toBe('Ghana met Togo.');
  });

  it('recognises as front matter only what it drops: a "---" block closed by "+++" is none', () => {
    const mixed = '---\ntitle: Talks\n+++\nGhana met Togo on Monday.\nThey talked for hours.\nBoth spoke of progress.';
    expect(detectFormat(mixed)).not.toBe('markdown');
  });
});

describe('wrapped text', () => {
  it('joins the lines of a paragraph, keeps blank lines as paragraph breaks', () => {
    const { text, format } = normaliseText(WRAPPED);
    expect(format).toBe('wrapped');
    expect(text.split('\n\n')).toEqual([
      'The foreign ministers of Freedonia and Sylvania met in a lakeside town on Tuesday to discuss the border dispute that has strained relations between the two neighbours for a decade.',
      'Officials said the talks would continue next month, and that a technical committee would meet in the meantime to draw up a map of the frontier.',
    ]);
    // A sentence cut by line breaks is one sentence once unwrapped.
    expect(splitSentences(text)).toHaveLength(2);
  });

  it('keeps a hyphen at a line end when a word goes on ("cease-\\nfire"), and ends a paragraph at a short last line', () => {
    const text = normaliseText(
      ['The two armies agreed to a cease-', 'fire on the northern front late on Sunday night after a long', 'day of shelling.', 'Aid convoys moved in on Monday morning as agreed by the two sides.'].join('\n'),
      'wrapped',
    ).text;
    expect(text).toBe(
      'The two armies agreed to a cease-fire on the northern front late on Sunday night after a long day of shelling.\n\nAid convoys moved in on Monday morning as agreed by the two sides.',
    );
  });

  it('starts a paragraph at an indented line', () => {
    const text = normaliseText('Freedonia and Sylvania signed a trade pact on Friday after\nweeks of talks in the capital.\n  Sylvania also met Ruritania\nlater that day.', 'wrapped').text;
    expect(text).toBe('Freedonia and Sylvania signed a trade pact on Friday after weeks of talks in the capital.\n\nSylvania also met Ruritania later that day.');
  });
});

describe('Markdown', () => {
  const md = [
    '---',
    'title: "Border talks resume"',
    'author: A. Writer',
    '---',
    '# A heading that is not the title',
    '',
    '![Ministers shake hands in Sylvania](photo.jpg)',
    '',
    'Freedonia *met* [Sylvania](https://example.org/s) on Monday,',
    'officials said.',
    '',
    '## Background',
    '',
    '- The dispute began in 2010 &amp; never ended.',
    '',
    '> "We will talk again," the minister said.',
    '',
    '```',
    'code()',
    '```',
  ].join('\n');

  it('keeps prose without markup; drops front matter, headings, images and code', () => {
    const n = normaliseText(md);
    expect(n.format).toBe('markdown');
    expect(n.text).toBe('Freedonia met Sylvania on Monday, officials said.\n\nThe dispute began in 2010 & never ended.\n\n"We will talk again," the minister said.');
    expect(n.title).toBe('Border talks resume');
  });

  it('offers the first heading as the title when there is no front matter', () => {
    expect(normaliseText('# Talks resume\n\nFreedonia met Sylvania.').title).toBe('Talks resume');
  });
});

describe('HTML', () => {
  const page = `<!doctype html><html><head><title>Talks | Example News</title><script>var x = "<p>no</p>";</script></head>
  <body><nav><a href="/">Home</a></nav><header>Example News</header>
  <article><h1>Freedonia and Sylvania resume talks</h1>
  <div class="byline">By Jane Writer, Staff</div><p class="dateline-small">June 3</p>
  <p>Freedonia&rsquo;s envoy met Sylvania&#39;s foreign minister on Monday.</p><p>The two sides agreed
  to meet again.</p>
  <figure><img src="a.jpg" alt="The envoy arrives"><figcaption>The envoy arrives in Sylvania.</figcaption></figure>
  <ul><li>Ruritania welcomed the talks.</li></ul>
  <div>Officials said<br>nothing more.</div></article>
  <footer>© Example</footer></body></html>`;

  it('keeps paragraphs apart and drops tags, scripts, navigation, bylines, captions and headings', () => {
    const n = normaliseText(page);
    expect(n.format).toBe('html');
    expect(n.text.split('\n\n')).toEqual([
      'Freedonia’s envoy met Sylvania\'s foreign minister on Monday.',
      'The two sides agreed to meet again.',
      'Ruritania welcomed the talks.',
      'Officials said',
      'nothing more.',
    ]);
    expect(n.title).toBe('Freedonia and Sylvania resume talks');
  });

  it('falls back to <title> when there is no h1', () => {
    expect(normaliseText('<html><head><title>Short  title</title></head><body><p>Freedonia met Sylvania.</p></body></html>').title).toBe('Short title');
  });

  it('refuses a page with no article text, naming the field', () => {
    expect(() => normaliseText('<nav>menu</nav><script>x()</script>', 'html')).toThrow(InvalidArgumentError);
    expect(() => normaliseText('<nav>menu</nav>', 'html')).toThrow(/^text: /);
  });
});

describe('plain text and the document input', () => {
  it('reads a text of 200,000 short lines without overflowing the stack', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `Line ${i}.`).join('\n');
    const n = normaliseText(text);
    expect(n.format).toBe('plain');
    expect(n.text.length).toBe(text.length);
  });

  it('plain text is kept as it is, apart from line endings', () => {
    expect(normaliseText('Freedonia met Sylvania.\r\nThey talked.\r\n', 'plain').text).toBe('Freedonia met Sylvania.\nThey talked.\n');
  });

  it('an explicit format wins over detection', () => {
    expect(normaliseText('# not a heading, a hashtag line', 'plain').text).toBe('# not a heading, a hashtag line');
  });

  it('normaliseDocument keeps a given title, takes the markup title otherwise, and drops the format field', () => {
    const base = { text: '<h1>Heading</h1><p>Freedonia met Sylvania.</p>', outlet: 'X', date: '2026-01-01' };
    expect(normaliseDocument({ ...base, format: 'html' as const })).toEqual({ ...base, text: 'Freedonia met Sylvania.', title: 'Heading' });
    expect(normaliseDocument({ ...base, title: 'Given' }).title).toBe('Given');
  });
});
