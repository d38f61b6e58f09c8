/** An RSS, RDF or Atom document read with feedsmith into the few things polling needs. */
import { parseFeed } from 'feedsmith';
import { FetchPageError } from '../web/safe-fetch';

export interface FeedItem {
  /** What identifies the item across polls: guid (RSS), id (Atom), else its link. */
  key: string;
  link?: string;
  title?: string;
  /** Publication date, YYYY-MM-DD, when the feed gives one. */
  date?: string;
}

export interface ParsedFeed {
  title?: string;
  items: FeedItem[];
}

/** A feed date (feedsmith gives RFC 822 or ISO text) as YYYY-MM-DD. */
const day = (s: unknown): string | undefined => {
  if (typeof s !== 'string' && !(s instanceof Date)) return undefined;
  const t = new Date(s);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString().slice(0, 10);
};

const text = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object' && 'value' in v && typeof (v as { value: unknown }).value === 'string') return ((v as { value: string }).value).trim() || undefined;
  return undefined;
};

export function readFeed(xml: string, url: string): ParsedFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(xml);
  } catch (e) {
    throw new FetchPageError(`${url} is not an RSS or Atom feed (${(e as Error).message})`, 'not_a_feed', 422);
  }
  const items: FeedItem[] = [];
  if (parsed.format === 'atom') {
    for (const e of parsed.feed.entries ?? []) {
      const link = (e.links ?? []).find((l) => !l.rel || l.rel === 'alternate')?.href;
      const key = e.id ?? link;
      if (key) items.push({ key, ...(link ? { link } : {}), ...(text(e.title) ? { title: text(e.title) } : {}), ...(day(e.published ?? e.updated) ? { date: day(e.published ?? e.updated) } : {}) });
    }
    return { ...(text(parsed.feed.title) ? { title: text(parsed.feed.title) } : {}), items };
  }
  if (parsed.format === 'rss' || parsed.format === 'rdf') {
    for (const i of parsed.feed.items ?? []) {
      const link = i.link;
      const guid = 'guid' in i ? text(i.guid) : undefined;
      const key = guid ?? link;
      const date = 'pubDate' in i ? day(i.pubDate) : undefined;
      if (key) items.push({ key, ...(link ? { link } : {}), ...(i.title ? { title: i.title } : {}), ...(date ? { date } : {}) });
    }
    return { ...(parsed.feed.title ? { title: parsed.feed.title } : {}), items };
  }
  throw new FetchPageError(`${url} is a ${parsed.format} feed; only RSS and Atom are read`, 'not_a_feed', 422);
}
