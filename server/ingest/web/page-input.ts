/**
 * A fetched page made into a document input: the main text by Mozilla's Readability (the library
 * behind Firefox Reader View) over a linkedom DOM, the page's metadata (og:site_name, og:title,
 * article:published_time, JSON-LD NewsArticle) for outlet, date and title, and its address. Values
 * the caller gives win; what is still missing is an error naming the field. A page with too little
 * text (a paywall stub, a cookie wall) is refused rather than stored as an article.
 */
import type * as ReadabilityModule from '@mozilla/readability';
import type * as Linkedom from 'linkedom';
import { truncateText } from '../../domain/names';
import { InvalidArgumentError } from '../../domain/errors';
import { pageMeta, type DocumentMeta } from '../batch/metadata';
import { parseDocumentInput, type DocumentInput } from '../input';
import { normaliseText } from '../normalise';
import { FetchPageError, fetchPage, type FetchLimits } from './safe-fetch';

/** Fewer characters of main text than this is not an article (paywall stubs are a paragraph or two). */
const MIN_ARTICLE_CHARS = 500;

export interface ReadablePage {
  text: string;
  meta: DocumentMeta;
  /** Readability's title (from <title> or the first heading): used when nothing better names the article. */
  titleGuess?: string;
  /** Readability's site name, used when the metadata names no outlet. */
  siteName?: string;
}

/** The page's main text (paragraphs separated by blank lines) and metadata. */
function readablePage(html: string, url: string): ReadablePage {
  // Loaded at the first page read, not at the server's start.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- synchronous on purpose, typed by the import types above
  const [{ parseHTML }, { Readability }] = [require('linkedom') as typeof Linkedom, require('@mozilla/readability') as typeof ReadabilityModule];
  const { document } = parseHTML(html);
  const meta = pageMeta(document);
  // Readability's types name the DOM's Document; linkedom's document implements what it reads.
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const text = article?.content ? normaliseText(article.content, 'html').text : '';
  if (text.length < MIN_ARTICLE_CHARS) {
    throw new FetchPageError(`${url} has only ${text.length} characters of article text (under ${MIN_ARTICLE_CHARS}: a paywall or consent page?)`, 'page_too_short', 422);
  }
  return { text, meta, ...(article?.title ? { titleGuess: article.title } : {}), ...(article?.siteName ? { siteName: article.siteName } : {}) };
}

const defined = (m: DocumentMeta): DocumentMeta => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined));

/**
 * Fetches `url` and returns the checked input; `given` (flags, request fields) wins over the
 * page's metadata, which wins over `fallback` (what a feed says of its item).
 */
export async function pageInput(url: string, given: DocumentMeta, limits: FetchLimits, fallback: DocumentMeta = {}): Promise<DocumentInput> {
  const page = await fetchPage(url, limits);
  const { text, meta, titleGuess, siteName } = readablePage(page.body, page.url);
  const merged: DocumentMeta = { ...defined({ title: titleGuess, outlet: siteName }), ...defined(fallback), ...meta, url: given.url ?? page.url, ...defined(given) };
  const missing = (['outlet', 'date'] as const).filter((k) => merged[k] === undefined);
  if (missing.length) throw new InvalidArgumentError(missing.join(', '), `the page at ${page.url} does not say (no og:site_name / article:published_time / JSON-LD); give it`);
  return parseDocumentInput({ text, outlet: merged.outlet, date: merged.date, ...(merged.title ? { title: truncateText(merged.title, 500) } : {}), url: merged.url, format: 'plain' });
}
