/**
 * A tiny element builder. Every string goes in through textContent or setAttribute, so names,
 * quotes and server messages are always text and never parsed as HTML.
 */

export type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  class?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
}

/** Creates an element; `false`/`undefined` attributes are left off, `true` ones are set empty. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  opts: ElementOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (opts.class) node.className = opts.class;
  if (opts.text !== undefined) node.textContent = opts.text;
  for (const [name, value] of Object.entries(opts.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children, turning strings into text nodes and skipping empty slots. */
export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Replaces all children of `parent`. */
export function replace(parent: Element, children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * Replaces the children of `parent` with `children`, leaving in place every node that is in both:
 * a kept node never leaves the document, so a form in it keeps its focus, caret and open state.
 * The nodes that go are removed first and the new ones inserted around the kept ones, which are
 * never moved (they keep their relative order: callers keep at most a few, in the same order).
 */
export function replaceKeeping(parent: Element, children: Child[]): void {
  const next = children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false).map((c) => (typeof c === 'string' ? document.createTextNode(c) : c));
  const wanted = new Set(next);
  for (const old of [...parent.childNodes]) if (!wanted.has(old)) old.remove();
  next.forEach((node, i) => {
    const at = parent.childNodes[i] ?? null;
    if (at !== node) parent.insertBefore(node, at);
  });
}

/** Looks up an element that index.html must contain; a missing one is a bug, so fail loudly. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`explorer: element #${id} is missing from index.html`);
  return found as T;
}

/** A small coloured square for legends and lists; colour set through CSSOM (allowed by CSP). */
export function swatch(color: string, shape: 'dot' | 'line' = 'dot'): HTMLElement {
  const s = el('span', { class: `swatch swatch-${shape}`, attrs: { 'aria-hidden': 'true' } });
  s.style.setProperty('--swatch', color);
  return s;
}

/** Formats an ISO date (YYYY-MM-DD) for reading, without time-zone shifts. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}
