/**
 * HTML to article text with htmlparser2's streaming parser (forgiving with broken markup, fast on
 * a 1 MB page, entities decoded). Each block element (p, li, div, blockquote...) becomes its own
 * paragraph, so paragraphs never run into each other; headings are not article text (the first
 * h1, else <title>, is offered as the title); page furniture is dropped: scripts and styles,
 * navigation, headers and footers, figures and captions, forms, and elements marked as bylines,
 * datelines, credits or share bars by their class, id, rel or itemprop.
 */
import { Parser } from 'htmlparser2';

export interface MarkupText {
  /** Paragraphs separated by blank lines. */
  text: string;
  /** The document's own title, when it has one. */
  title?: string;
}

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'nav', 'header', 'footer',
  'aside', 'figure', 'figcaption', 'form', 'button', 'select', 'textarea', 'address', 'menu', 'dialog', 'head',
]);
/** Elements that end a paragraph where they open and close. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'pre', 'table', 'tr',
  'td', 'th', 'br', 'hr', 'body', 'html', 'center', 'details', 'summary', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** class / id / rel / itemprop words that mark page furniture around the article. */
const FURNITURE = /(?:^|[\s_-])(?:byline|author|authors|dateline|credit|credits|caption|share|sharing|social|breadcrumbs?|related|newsletter|promo|advert|advertisement|ads?|sponsor|tags|comments?|disclaimer|copyright|subscribe|cookie|metadata|timestamp)(?:$|[\s_-])/i;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function isFurniture(attribs: Record<string, string>): boolean {
  return ['class', 'id', 'rel', 'itemprop', 'role'].some((k) => {
    const v = attribs[k];
    return v !== undefined && (FURNITURE.test(v) || (k === 'role' && /^(?:navigation|banner|contentinfo|complementary)$/i.test(v)));
  });
}

/** The visible article text of an HTML page or fragment. */
export function htmlToText(html: string): MarkupText {
  const paragraphs: string[] = [];
  const stack: { name: string; skip: boolean }[] = [];
  let skipDepth = 0;
  let buffer = '';
  let heading: string | undefined;
  let h1: string | undefined;
  let docTitle: string | undefined;
  let inTitle = false;

  const flush = (): void => {
    const p = squash(buffer);
    buffer = '';
    if (p) paragraphs.push(p);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const skip = skipDepth > 0 || SKIPPED.has(name) || isFurniture(attribs);
        stack.push({ name, skip });
        if (name === 'title') inTitle = true;
        if (skip) {
          skipDepth++;
          return;
        }
        if (BLOCKS.has(name)) flush();
        if (HEADINGS.has(name)) heading = '';
      },
      ontext(data) {
        if (inTitle) docTitle = (docTitle ?? '') + data;
        if (skipDepth > 0) return;
        if (heading !== undefined) heading += data;
        else buffer += data;
      },
      onclosetag(name) {
        // Close up to the matching open element (htmlparser2 closes implied ones in order).
        const top = stack.pop();
        if (!top) return;
        if (name === 'title') inTitle = false;
        if (top.skip) {
          skipDepth--;
          return;
        }
        if (HEADINGS.has(name) && heading !== undefined) {
          if (name === 'h1' && h1 === undefined && squash(heading)) h1 = squash(heading);
          heading = undefined;
        }
        if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const title = h1 ?? (docTitle && squash(docTitle)) ?? undefined;
  return { text: paragraphs.join('\n\n'), ...(title ? { title } : {}) };
}
