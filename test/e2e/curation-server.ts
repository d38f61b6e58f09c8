/** The server the page's curation tests act on: the Nile dam text and the made-up report ingested, writes behind `token`. */
import { MADE_UP, NILE_DAM } from '../helpers/curation-articles';
import { startWriteServer } from '../helpers/write-server';
import type { WriteServer } from '../helpers/write-server';

export async function startCurationServer(token: string): Promise<WriteServer> {
  const srv = await startWriteServer({ token });
  for (const article of [
    { text: NILE_DAM, outlet: 'Test Wire', date: '2026-02-07', title: 'Nile dam talks' },
    { text: MADE_UP, outlet: 'Test Wire', date: '2026-02-08', title: 'Canal gates (made up)' },
  ]) {
    const res = await fetch(`${srv.base}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(article),
    });
    if (res.status !== 201) throw new Error(`ingest of "${article.title}" answered ${res.status}: ${await res.text()}`);
  }
  return srv;
}
