/**
 * Fetches a web page for ingestion with the limits a server needs when users name the address:
 * only http(s), an overall deadline, a size cap, at most N redirects, and no private, loopback or
 * link-local address at any hop (the address each host name resolves to is checked, so a public
 * name pointing inside, or a redirect to one, is refused) unless configuration allows them.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { ActorGraphError } from '../../domain/errors';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Private, loopback and link-local addresses allowed (ACTOR_GRAPH_FETCH_ALLOW_PRIVATE; tests reach their local server). */
  allowPrivate: boolean;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5_000_000, maxRedirects: 5, allowPrivate: false };

export interface FetchedPage {
  /** The address the page was finally read from (after redirects). */
  url: string;
  contentType: string;
  body: string;
}

/** A page that could not be fetched or used; 422 over HTTP with its own code, one line on the CLI. */
export class FetchPageError extends ActorGraphError {
  constructor(message: string, code: string, status = 422) {
    super(`url: ${message}`, code, status);
  }
}

/** True for an address on the public internet (ipaddr's "unicast" range; IPv4-mapped IPv6 read as IPv4). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

function checkAddress(address: string, host: string, limits: FetchLimits): void {
  if (!limits.allowPrivate && !isPublicAddress(address)) {
    throw new FetchPageError(`${host} resolves to ${address}, a private, loopback or reserved address; refused (ACTOR_GRAPH_FETCH_ALLOW_PRIVATE allows it)`, 'url_not_allowed', 400);
  }
}

/** A DNS lookup that refuses non-public answers: the connection uses only the address checked. */
function guardedLookup(limits: FetchLimits): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 4);
      try {
        for (const a of addresses) checkAddress(a.address, hostname, limits);
      } catch (e) {
        return callback(e as NodeJS.ErrnoException, '', 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

interface Hop {
  status: number;
  location?: string;
  contentType: string;
  body?: Buffer;
}

/** What is fetched: a page (HTML only) or a feed (RSS/Atom XML). */
export type FetchKind = 'html' | 'feed';

const ACCEPT: Record<FetchKind, { header: string; type: RegExp; name: string }> = {
  html: { header: 'text/html,application/xhtml+xml', type: /^(text\/html|application\/xhtml\+xml)\b/i, name: 'an HTML page' },
  feed: { header: 'application/rss+xml,application/atom+xml,application/xml,text/xml', type: /^(application\/(rss\+|atom\+|rdf\+)?xml|text\/xml)\b/i, name: 'an RSS or Atom feed' },
};

function oneHop(url: URL, limits: FetchLimits, signal: AbortSignal, kind: FetchKind): Promise<Hop> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal address is never looked up, so it is checked here.
  if (net.isIP(host)) checkAddress(host, host, limits);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { lookup: guardedLookup(limits), signal, headers: { 'User-Agent': 'actor-graph (+https://github.com/)', Accept: ACCEPT[kind].header } }, (res) => {
      const status = res.statusCode ?? 0;
      const contentType = String(res.headers['content-type'] ?? '');
      if (REDIRECTS.has(status) || status >= 400) {
        res.resume();
        return resolve({ status, contentType, location: res.headers.location });
      }
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > limits.maxBytes) {
        res.destroy();
        return reject(new FetchPageError(`the page is larger than ${limits.maxBytes} bytes`, 'page_too_large', 413));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > limits.maxBytes) {
          res.destroy();
          reject(new FetchPageError(`the page is larger than ${limits.maxBytes} bytes`, 'page_too_large', 413));
        } else chunks.push(c);
      });
      res.on('end', () => resolve({ status, contentType, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

function decode(body: Buffer, contentType: string): string {
  const charset = /charset="?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

function parseWebUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchPageError(`"${raw}" is not an address`, 'invalid_argument', 400);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchPageError(`only http:// and https:// addresses are fetched, not ${url.protocol}`, 'url_not_allowed', 400);
  return url;
}

/** Fetches an HTML page (or a feed); every failure is a FetchPageError saying what happened. */
export async function fetchPage(raw: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS, kind: FetchKind = 'html'): Promise<FetchedPage> {
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  let url = parseWebUrl(raw);
  for (let redirects = 0; ; redirects++) {
    let hop: Hop;
    try {
      hop = await oneHop(url, limits, deadline, kind);
    } catch (e) {
      if (e instanceof ActorGraphError) throw e;
      if (deadline.aborted) throw new FetchPageError(`${url.origin} did not answer within ${limits.timeoutMs / 1000} s`, 'page_timeout', 504);
      throw new FetchPageError(`${url.href} could not be fetched (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'page_unreachable', 502);
    }
    if (REDIRECTS.has(hop.status)) {
      if (!hop.location) throw new FetchPageError(`${url.href} redirects without saying where`, 'page_http_error', 502);
      if (redirects >= limits.maxRedirects) throw new FetchPageError(`more than ${limits.maxRedirects} redirects from ${raw}`, 'too_many_redirects', 502);
      url = parseWebUrl(hop.location, url);
      continue;
    }
    if (hop.status === 404 || hop.status === 410) throw new FetchPageError(`${url.href} was not found (HTTP ${hop.status})`, 'page_not_found', 422);
    if (hop.status >= 400 || hop.status < 200) throw new FetchPageError(`${url.href} answered HTTP ${hop.status}`, 'page_http_error', 502);
    if (!ACCEPT[kind].type.test(hop.contentType)) {
      throw new FetchPageError(`${url.href} is not ${ACCEPT[kind].name} (Content-Type: ${hop.contentType || 'none'})`, kind === 'html' ? 'not_html' : 'not_a_feed', 415);
    }
    return { url: url.href, contentType: hop.contentType, body: decode(hop.body ?? Buffer.alloc(0), hop.contentType) };
  }
}
