/**
 * The document's matcher of discovered names: its provisional actors, then the names its acronyms
 * give gazetteer actors. Analysis asks for it again whenever a sentence learns a name; built afresh
 * each time, a long text with thousands of names rebuilt it hundreds of times (a tenth of a
 * megabyte's extraction). It is grown in place instead when the provisional actors it was built
 * from are still there, in the same order and under the same names, and others only joined them.
 *
 * A grown matcher holds the newcomers after the acronyms' names, where a rebuild puts them before;
 * it matches the same all the same: it is read without disambiguation (mentions.ts findMentions),
 * and then which of several actors' entries at a trie node comes first never decides (gazetteer.ts
 * pick). extendMatcher refuses, and the matcher is rebuilt, when growing would not give a rebuild's
 * matching (an id it has); so is it when a held actor changed its names or kind.
 */
import type { Actor } from '../domain/types';
import { buildMatcher, extendMatcher, type Matcher } from './gazetteer';

/**
 * Whether an actor put in another's place ("Faisal Alnami" affiliated by a title after he was found)
 * leaves the matcher as it was: it reads an actor's id, names, kind and whether it is provisional.
 */
function sameNames(held: Actor, now: Actor): boolean {
  if (held === now) return true;
  return held.id === now.id && held.name === now.name && held.kind === now.kind && !!held.provisional === !!now.provisional && held.aliases.length === now.aliases.length && held.aliases.every((n, i) => now.aliases[i] === n);
}

export class DiscoveredMatcher {
  private matcher: Matcher | undefined;
  /** The provisional actors the matcher holds, in the provisional map's order. */
  private held: Actor[] = [];

  constructor(
    private readonly provisional: ReadonlyMap<string, Actor>,
    private readonly acronymNames: readonly Actor[],
  ) {}

  /** A matcher of the provisional actors as they are now and the acronyms' names; undefined when there are none. */
  current(): Matcher | undefined {
    if (!this.provisional.size && !this.acronymNames.length) return undefined;
    const joining = this.matcher && this.joining();
    if (this.matcher && joining && (!joining.length || extendMatcher(this.matcher, joining))) {
      this.held.push(...joining);
      return this.matcher;
    }
    this.held = [...this.provisional.values()];
    this.matcher = buildMatcher([], [...this.held, ...this.acronymNames]);
    return this.matcher;
  }

  /**
   * The provisional actors after those held, or undefined when one held is gone or has changed its
   * names (read without copying the map: a long text asks hundreds of times, with hundreds held).
   */
  private joining(): Actor[] | undefined {
    const joining: Actor[] = [];
    let i = 0;
    for (const a of this.provisional.values()) {
      if (i < this.held.length && !sameNames(this.held[i], a)) return undefined;
      if (i >= this.held.length) joining.push(a);
      i++;
    }
    return i >= this.held.length ? joining : undefined;
  }
}
