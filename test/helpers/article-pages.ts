/** Made-up news pages for fetch and ingest tests (our own text; no real outlet's copy). */

/** A made-up article page with the furniture real pages have around the story. */
export function articlePage(body: string[], meta: Record<string, string> = {}): string {
  const tags = Object.entries(meta).map(([k, v]) => `<meta property="${k}" content="${v}">`).join('\n');
  return `<!doctype html><html><head><title>Site | Story</title>${tags}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<header><p>Subscribe to our newsletter</p></header>
<article><h1>Ruritania and Elbonia resume talks</h1>${body.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer><p>Copyright the site. All rights reserved.</p></footer></body></html>`;
}

export const STORY = [
  'Negotiators from Ruritania and Elbonia met in Strelsau on Tuesday for a third round of talks on the disputed river border, officials from both governments said.',
  'The talks, mediated by the Kingdom of Grand Fenwick, focused on water rights along the upper reaches of the river, where farmers on both sides depend on irrigation during the dry season.',
  'Elbonia’s foreign minister said after the session that progress had been made on a joint monitoring commission, though no agreement was signed and several issues remained open.',
  'Ruritania’s delegation declined to comment on the details but said it expected a fourth round to be held before the end of the month in the Fenwick capital.',
];

