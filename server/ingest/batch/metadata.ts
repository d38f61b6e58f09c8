/**
 * Publication details a file carries itself: Markdown/YAML front matter (outlet, date, title, url)
 * or an HTML page's metadata (og:site_name, og:title, og:url, article:published_time, canonical
 * link, JSON-LD NewsArticle). Nothing is guessed: what the file does not say stays absent.
 */
import type * as Linkedom from 'linkedom';
import type * as Yaml from 'yaml';

// Loaded at the first page or front matter read, not at the server's start (a fifth of a second of it).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- synchronous on purpose, typed by the import type above
const parseHTML: typeof Linkedom.parseHTML = (html) => (require('linkedom') as typeof Linkedom).parseHTML(html);
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const parseYaml = (text: string): unknown => (require('yaml') as typeof Yaml).parse(text);

/** The details a batch needs for each document; every one may come from the file, a manifest or a flag. */
export interface DocumentMeta {
  outlet?: string;
  date?: string;
  title?: string;
  url?: string;
}

export const META_FIELDS = ['outlet', 'date', 'title', 'url'] as const;

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** The date part of an ISO date or timestamp ("2026-02-06T10:00:00Z" → "2026-02-06"). */
function isoDay(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return m?.[1];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Keeps only the fields present. */
function compact(m: DocumentMeta): DocumentMeta {
  const out: DocumentMeta = {};
  for (const k of META_FIELDS) if (m[k] !== undefined) out[k] = m[k];
  return out;
}

/** YAML front matter: `outlet` (or `publisher`/`source`), `date`, `title`, `url`. Bad YAML yields nothing. */
function frontMatterMeta(text: string): DocumentMeta {
  const m = FRONT_MATTER.exec(text);
  if (!m) return {};
  let data: unknown;
  try {
    data = parseYaml(m[1]);
  } catch {
    return {};
  }
  if (!data || typeof data !== 'object') return {};
  const get = (key: string): unknown => (Object.prototype.hasOwnProperty.call(data, key) ? (data as Record<string, unknown>)[key] : undefined);
  return compact({
    outlet: str(get('outlet')) ?? str(get('publisher')) ?? str(get('source')),
    date: isoDay(get('date')),
    title: str(get('title')),
    url: str(get('url')),
  });
}

/** JSON-LD objects of type NewsArticle (or Article, ReportageNewsArticle), found at any depth of @graph. */
function newsArticles(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((v) => newsArticles(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && /(^|News|Reportage)Article$/.test(t))) out.push(o);
    if (Array.isArray(o['@graph'])) newsArticles(o['@graph'], out);
  }
  return out;
}

type Page = ReturnType<typeof parseHTML>['document'];

function jsonLdMeta(doc: Page): DocumentMeta {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const [article] = newsArticles(data);
    if (!article) continue;
    const publisher = article.publisher;
    const publisherName = publisher && typeof publisher === 'object' && !Array.isArray(publisher) ? str((publisher as Record<string, unknown>).name) : str(publisher);
    return compact({ outlet: publisherName, date: isoDay(article.datePublished), title: str(article.headline), url: str(article.url) });
  }
  return {};
}

/** Metadata of an HTML page; the page's own meta tags win over JSON-LD. */
function htmlMeta(html: string): DocumentMeta {
  return pageMeta(parseHTML(html).document);
}

/** The same, from a page already parsed (the URL fetcher parses once for metadata and readability). */
export function pageMeta(doc: Page): DocumentMeta {
  const meta = (selector: string): string | undefined => str(doc.querySelector(selector)?.getAttribute('content'));
  const ld = jsonLdMeta(doc);
  const canonical = str(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  return compact({
    outlet: meta('meta[property="og:site_name"]') ?? ld.outlet,
    date: isoDay(meta('meta[property="article:published_time"]')) ?? ld.date ?? isoDay(meta('meta[name="date"]')),
    // Not <title>: it often carries the site's name; the normaliser and Readability fall back to it.
    title: meta('meta[property="og:title"]') ?? ld.title,
    url: meta('meta[property="og:url"]') ?? canonical ?? ld.url,
  });
}

const looksLikeHtml = (text: string): boolean => /^\s*(<!doctype html|<html|<head|<meta)/i.test(text);

/** What a file says about itself, whichever way it is written. */
export function fileMeta(text: string): DocumentMeta {
  return looksLikeHtml(text) ? htmlMeta(text) : frontMatterMeta(text);
}
