/**
 * Random ingests for delta tests: a small base dataset with what a delta must respect (a mediation
 * stored with its `between` pair and no target, coded events on an edge, a curator's review mark)
 * and change sets of made-up sentences among its actors and new ones.
 */
import type { ChangeSet, RelationEvidence } from '../../server/domain/change';
import type { DatasetDump, RelationType } from '../../server/domain/types';
import { RELATION_TYPES } from '../../server/domain/types';
import { tinyActors, tinyDumpDocuments } from './tiny-dataset';

export const base = (): DatasetDump => ({
  documents: tinyDumpDocuments(),
  actors: tinyActors(),
  relations: [
    { id: 'alpha-beta-talks', source: 'alpha', target: 'beta', type: 'negotiates', evidence: [{ document: 'doc-a', quote: 'Alpha and Beta are negotiating.' }] },
    { id: 'gamma-mediates', source: 'gamma', type: 'mediates', between: ['alpha', 'beta'], evidence: [{ document: 'doc-a', quote: 'Gamma mediates between Alpha and Beta.' }] },
    { id: 'delta-opposes-alpha', source: 'delta', target: 'alpha', type: 'opposes', evidence: [{ document: 'doc-b', quote: 'Delta struck Alpha again.', confidence: 0.7, method: 'extracted' }] },
  ],
  eventRelations: [
    { source: 'delta', target: 'alpha', type: 'opposes', origin: 'gdelt', events: 3, mentions: 9, sources: 2, goldstein: -5, tone: -3, firstSeen: '2025-12-01', lastSeen: '2026-02-01', urls: ['https://example.org/1'] },
    { source: 'beta', target: 'gamma', type: 'negotiates', origin: 'gdelt', events: 2, mentions: 4, sources: 1, goldstein: 3, tone: 1, firstSeen: '2026-01-02', lastSeen: '2026-01-03', urls: [] },
  ],
  curation: { reviewed: [{ relation: 'delta-opposes-alpha', by: 'ana', at: '2026-01-06T00:00:00.000Z' }], rejected: [], log: [] },
});

/** A random ingest: a new document of a few sentences, some new actors, relations among old and new actors quoting it. */
/**
 * `base()` with a busy actor: `alpha` also tied by a coded relation (base's first, copied) to each of
 * `count` new states, so that listing its relations takes several turns.
 */
export function baseWithBusyAlpha(count: number): DatasetDump {
  const dump = base();
  const others = Array.from({ length: count }, (_x, i) => `x${i}`);
  dump.actors.push(...others.map((id) => ({ id, name: id.toUpperCase(), kind: 'state' as const, aliases: [] })));
  const event = dump.eventRelations?.[0];
  if (!event) throw new Error('base() has no coded relation to copy');
  dump.eventRelations?.push(...others.map((x, i) => ({ ...event, source: 'alpha', target: x, events: 1 + (i % 7) })));
  return dump;
}

export function randomChange(step: number, random: () => number, actorIds: string[], firstCopies: string[]): ChangeSet {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const docId = `doc-${step}`;
  const actors = Array.from({ length: Math.floor(random() * 3) }, (_x, k) => ({
    id: `new-${step}-${k}`,
    // Extra spaces: the store keeps the name as given, a load normalises it.
    name: `New  Actor ${step} ${k} `,
    kind: pick(['person', 'state', 'organization', 'military'] as const),
    aliases: [],
    provisional: true,
    ...(random() < 0.3 ? { affiliation: pick(actorIds) } : {}),
  }));
  const ids = [...actorIds, ...actors.map((a) => a.id)];
  const sentences: string[] = [];
  const relations: RelationEvidence[] = [];
  for (let i = 0; i < 1 + Math.floor(random() * 4); i++) {
    const source = pick(ids);
    const target = pick(ids.filter((x) => x !== source));
    const type: RelationType = source === 'gamma' && random() < 0.5 ? 'mediates' : pick(RELATION_TYPES);
    const quote = `Sentence ${i} of ${docId}: ${source} and ${target}.`;
    sentences.push(quote);
    relations.push({ source, target, type, evidence: { document: docId, quote, confidence: Math.round(random() * 100) / 100, method: 'extracted' } });
  }
  const text = sentences.join(' ');
  for (const r of relations) if (random() < 0.7) r.evidence.start = text.indexOf(r.evidence.quote);
  // The same quote twice for one relation is stored once.
  if (random() < 0.3) relations.push({ ...relations[0], evidence: { ...relations[0].evidence } });
  const republishes = random() < 0.2 && firstCopies.length ? { republishes: pick(firstCopies) } : {};
  return { document: { id: docId, title: `T${step}`, outlet: pick(['Outlet A', 'Outlet C']), date: `2026-02-${String(1 + (step % 27)).padStart(2, '0')}`, text, ...republishes }, actors, relations };
}
