/**
 * The server keeps each layout it makes in the store (through the store writer's thread, off the
 * request thread), so a start reuses it: what the page draws is what the store holds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../server/store/sqlite-store';
import { spawnServer } from '../helpers/spawn-server';

jest.setTimeout(60_000);

type Drawn = { graph: { nodes: { key: string; attributes: { x: number; y: number } }[] } };

test('a new store: the layout the page draws is kept in the store, and a second start draws the same', async () => {
  const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-kept-layout-')), 'store.sqlite');
  const drawn = async (base: string): Promise<Record<string, [number, number]>> => {
    const body = (await (await fetch(`${base}/api/graph`)).json()) as Drawn;
    return Object.fromEntries(body.graph.nodes.map((n) => [n.key, [n.attributes.x, n.attributes.y]]));
  };
  const first = await spawnServer({ ACTOR_GRAPH_DB: db });
  let before: Record<string, [number, number]>;
  try {
    before = await drawn(first.base);
    expect(Object.keys(before).length).toBeGreaterThan(5);
    // Kept from the writer's thread, a moment after the layout landed.
    const reader = new SqliteStore(db);
    try {
      let kept = reader.positions();
      for (let i = 0; i < 100 && Object.keys(kept).length < Object.keys(before).length; i++) {
        await new Promise((r) => setTimeout(r, 100));
        kept = reader.positions();
      }
      expect(Object.fromEntries(Object.entries(kept).map(([id, p]) => [id, [p.x, p.y]]))).toEqual(before);
    } finally {
      reader.close();
    }
  } finally {
    first.child.kill('SIGTERM');
    await first.exited;
  }
  const second = await spawnServer({ ACTOR_GRAPH_DB: db });
  try {
    expect(await drawn(second.base)).toEqual(before);
  } finally {
    second.child.kill('SIGTERM');
    await second.exited;
  }
});
