/**
 * `npx ts-node --transpile-only scripts/eval/shared-actors.ts`: actors that one id names across
 * documents about different states — a graph built from many documents joins every document's
 * actor of that id, so a generic name ("the National Assembly", "the interior ministry") read as one
 * actor makes one state's assembly act in another state's news (issue #12, identity across documents).
 *
 * Extracts every dev article but those of the parts kept unseen (their actors are never listed) and
 * prints, for each actor that is no state and has no affiliation, seen in two or more articles whose
 * main states differ, its id, how many stored relations it takes part in, and each article's main
 * states (the states its mentions name most, the United States left out when another is named: most
 * articles are US statements about another state). A reading aid, not a score: whether a listed actor
 * is really one actor (the Houthis are, wherever named) is for the reader to say.
 */
import type { Actor } from '../../server/domain/types';
import { traceExtraction } from '../../server/extract';
import { normaliseText } from '../../server/ingest/normalise';
import { MIN_STORED_CONFIDENCE } from '../../server/ingest/plan';
import { readCorpus } from './corpus';
import { freshGazetteer } from './run';
import { KEPT_UNSEEN_PARTS } from './unseen-parts';

/** The state most articles are written by; left out of an article's main states when another is named. */
const WRITER_STATE = 'united-states';

interface Seen {
  actor: Actor;
  /** Article id → its main states. */
  articles: Map<string, string[]>;
  relations: number;
}

/** The states an article's mentions name most (ties kept), the writer's state only when alone. */
function mainStates(counts: ReadonlyMap<string, number>): string[] {
  const others = [...counts].filter(([id]) => id !== WRITER_STATE);
  const pool = others.length > 0 ? others : [...counts];
  const top = Math.max(0, ...pool.map(([, n]) => n));
  return pool.filter(([, n]) => n === top).map(([id]) => id).sort();
}

function main(): void {
  const gazetteer = freshGazetteer();
  const seen = new Map<string, Seen>();
  const articles = readCorpus().articles.filter((a) => a.gold.split === 'dev' && !KEPT_UNSEEN_PARTS.has(a.gold.id.split('-')[0]));
  for (const article of articles) {
    const { gold } = article;
    const { result, trace } = traceExtraction(normaliseText(article.raw).text, gazetteer, { documentId: gold.id, date: gold.date, outlet: gold.outlet, title: gold.title });
    const actors = trace.analysis.actors;
    const stateCounts = new Map<string, number>();
    for (const m of result.mentions) {
      const a = actors.get(m.actorId);
      const state = a?.kind === 'state' ? a.id : a?.affiliation && actors.get(a.affiliation)?.kind === 'state' ? a.affiliation : undefined;
      if (state) stateCounts.set(state, (stateCounts.get(state) ?? 0) + 1);
    }
    const states = mainStates(stateCounts);
    const stored = result.relations.filter((r) => r.confidence >= MIN_STORED_CONFIDENCE);
    for (const id of new Set(result.mentions.map((m) => m.actorId))) {
      const actor = actors.get(id);
      if (!actor || actor.kind === 'state' || actor.affiliation) continue;
      const entry = seen.get(id) ?? { actor, articles: new Map(), relations: 0 };
      entry.articles.set(gold.id, states);
      entry.relations += stored.filter((r) => r.source === id || r.target === id).length;
      seen.set(id, entry);
    }
  }
  const shared = [...seen.values()].filter((s) => new Set([...s.articles.values()].map((st) => st.join('+'))).size > 1);
  shared.sort((a, b) => b.articles.size - a.articles.size || a.actor.id.localeCompare(b.actor.id));
  for (const s of shared) {
    console.log(`${s.actor.id} (${s.actor.kind}${s.actor.provisional ? ', provisional' : ''}): ${s.articles.size} articles, ${s.relations} stored relations`);
    for (const [id, states] of s.articles) console.log(`    ${id}: ${states.join(', ') || '(no state)'}`);
  }
}

main();
