/**
 * Short names of bodies: after "the International Court of Justice", news writes "the Court";
 * after "the UN Security Council", "the Council". A capitalised head noun of a body's name, alone
 * after "the", is the one body the document has named with that noun.
 */
import type { Actor } from '../domain/types';
import { BODY_HEAD_NOUNS } from './lexicon/body-head-nouns';
import { tokenize } from './tokens';
import type { Mention, Token } from './types';


/** How sure a short name is its body (a named, but only inferred, reference). */
const SHORT_NAME_CONFIDENCE = 0.85;

/**
 * The bodies a document has named so far, by the head nouns of their names ("court" → the
 * International Court of Justice): each actor's names are read once, when it is first named.
 */
export class NamedBodies {
  private readonly seen = new Set<string>();
  private readonly byNoun = new Map<string, Set<string>>();

  add(id: string, actors: ReadonlyMap<string, Actor>): void {
    if (this.seen.has(id)) return;
    this.seen.add(id);
    const a = actors.get(id);
    if (!a || (a.kind !== 'organization' && a.kind !== 'military')) return;
    for (const n of [a.name, ...a.aliases]) {
      for (const t of tokenize(n)) if (BODY_HEAD_NOUNS.has(t.norm)) this.byNoun.set(t.norm, (this.byNoun.get(t.norm) ?? new Set()).add(id));
    }
  }

  /** Ids of the bodies named so far with `noun` in a name. */
  withNoun(noun: string): ReadonlySet<string> {
    return this.byNoun.get(noun) ?? new Set();
  }
}

/**
 * Rule `shortBodyName`: the sentence's mentions with "the Court", "the Council" and the like read as
 * the one body the document has named so far (`named`) whose name has that noun;
 * a discovered name of the bare noun gives way. Nothing when none or several have it, nor when the
 * noun goes on as a longer name ("the Court of Appeals").
 */
export function shortBodyMentions(mentions: readonly Mention[], tokens: readonly Token[], named: NamedBodies): Mention[] {
  let out = [...mentions];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !t.cap || t.upper || !BODY_HEAD_NOUNS.has(t.norm) || tokens[i - 1].norm !== 'the') continue;
    const next = tokens[i + 1];
    if (next && ((next.kind === 'word' && next.cap) || next.norm === 'of')) continue;
    const here = out.filter((m) => m.tokenStart <= i && i < m.tokenEnd);
    if (here.some((m) => m.via !== 'discovered' || m.tokenStart !== i || m.tokenEnd !== i + 1)) continue;
    const bodies = named.withNoun(t.norm);
    if (bodies.size !== 1) continue;
    out = out.filter((m) => !here.includes(m));
    out.push({ actorId: [...bodies][0], start: t.start, end: t.end, text: t.text, tokenStart: i, tokenEnd: i + 1, via: 'alias', possessive: next?.kind === 'possessive', confidence: SHORT_NAME_CONFIDENCE });
  }
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}
