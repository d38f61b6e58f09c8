/**
 * A state's domestic bodies written with a common noun. Its political opposition: "Haiti's
 * opposition", "the Georgian opposition", "Ghanaian opposition parties" name the parties and figures
 * against that state's government, an actor of their own (the annotation guide,
 * test/fixtures/corpus/README.md, gives it one: "Haitian opposition", "Georgian opposition"), never
 * the state whose name qualifies it; read as the state, "Haiti's opposition accused the president"
 * made the state oppose its own president. Its organs: "Iraq's parliament", "the Nigerian senate",
 * "Ghana's judiciary" (gold "Iraqi Parliament", "Parliament of Iraq"), bodies of the state, not the
 * state: read as the state, "Iraq's parliament impeached the president" was dropped as the state
 * against its own president (filter ownSide), where domestic news sets the two against each other.
 * Later "the opposition", "the parliament" in the same document is that body when it is the only one
 * of its noun named.
 */
import { normalizeName } from '../domain/names';
import { slugify } from '../domain/slug';
import type { Actor } from '../domain/types';
import { DEMONYMS } from './demonyms';
import { BODY_HEAD_NOUNS } from './lexicon/body-head-nouns';
import { MONTH_WORDS, WEEKDAYS } from './lexicon/calendar';
import type { Mention, Token } from './types';
import { withSpanMention } from './span-mention';

/** The noun of a state's opposition. */
const OPPOSITION = 'opposition';

/**
 * Data: lower-case nouns of a state's organs that news writes after the state's name or demonym
 * ("Iraq's parliament", "the Nigerian senate", "Ghana's judiciary", "Ghanaian prosecutors"). Not
 * "government" (the state itself, in the guide), "court" (the guide reads "a Russian court" as the
 * state), "military" (rule coupMilitary), "police" (rule peopleBody names it already).
 */
const ORGAN_NOUNS: ReadonlySet<string> = new Set(['parliament', 'legislature', 'senate', 'judiciary', 'prosecutors']);

/** Data: nouns after an organ's noun that make it a modifier ("parliament speaker", "senate vote"): no organ of its own then. */
const ORGAN_COMPOUNDS: ReadonlySet<string> = new Set(
  'speaker speakers member members building session sessions election elections seat seats majority leader leaders chief head spokesman spokeswoman spokesperson committee committees chairman chair president deputy deputies vote votes official officials source sources office'.split(' '),
);

/**
 * Data: words after "opposition" that make it a stance, not a body ("opposition to the plan",
 * "opposition against X", "Ghana's opposition over the deal"), or a role before a person's name
 * ("opposition leader X": the person acts, rule describedNames).
 */
const STANCE_OR_ROLE_NEXT: ReadonlySet<string> = new Set(['to', 'against', 'toward', 'towards', 'over', 'from', 'leader', 'figure', 'politician', 'candidate', 'lawmaker', 'activist', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'head']);

/** Data: plural nouns of the opposition's people that the body's name takes in ("Ghanaian opposition parties", "opposition figures"). */
const OPPOSITION_PEOPLE: ReadonlySet<string> = new Set(['parties', 'figures', 'groups', 'leaders', 'lawmakers', 'politicians', 'members', 'activists', 'supporters', 'coalition', 'bloc', 'alliance']);

/** The state's demonym ("Haiti" → "Haitian"), the first one DEMONYMS lists for it. */
const DEMONYM_OF: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const [demonym, state] of Object.entries(DEMONYMS)) if (!out.has(state)) out.set(state, demonym);
  return out;
})();

/** Data: nouns of one body that stand between "opposition" and the body's name ("opposition group X", "opposition party X"). */
const NAMED_BODY_NOUNS: ReadonlySet<string> = new Set(['group', 'party', 'movement', 'coalition', 'alliance', 'bloc', 'front', 'platform', 'council']);

/**
 * Whether a name follows the opposition's phrase, which then only describes it: "Syrian opposition
 * group Ahrar al-Sharqiya" (a noun before a name), "the Venezuelan opposition, the Unitary Platform,"
 * (an apposition): the name is the actor.
 */
function namedAfter(tokens: readonly Token[], end: number): boolean {
  let j = end;
  if (tokens[j]?.kind === 'word' && !tokens[j].cap && NAMED_BODY_NOUNS.has(tokens[j].norm)) j++;
  if (tokens[j]?.text === ',' || tokens[j]?.text === '(') j++;
  if (tokens[j]?.norm === 'the') j++;
  return j > end && !!tokens[j]?.cap && tokens[j].kind === 'word';
}

/**
 * Data: a state's coercive organs that news writes bare, without the state ("police arrested X",
 * "prosecutors charged Y"), read by rule `bareStateForce`. The annotation guide
 * (test/fixtures/corpus/README.md) makes the police a security body of its own ("Myanmar police",
 * alias "police") and prosecutors an organ (rule stateOrgan); not a court (the guide reads a
 * national court as its state) nor "authorities" (the state itself).
 */
const BARE_FORCES: ReadonlySet<string> = new Set(['police', 'prosecutors']);

/**
 * Data: nouns after "police" that make it a modifier ("police officers", "police crackdown"): the
 * officers, a place or an act of the police, no body of its own then (general English compounds).
 */
const FORCE_COMPOUNDS: ReadonlySet<string> = new Set(
  'officer officers station stations chief chiefs commissioner spokesman spokeswoman spokesperson crackdown custody car cars van vans vehicle vehicles headquarters raid raids violence brutality academy cordon line lines presence report reports source sources official officials investigation investigations unit units'.split(' '),
);

/** The one state a sentence's mentions name (a city's mention names its state), or undefined when none or several. */
function soleState(mentions: readonly Mention[], actors: ReadonlyMap<string, Actor>): Actor | undefined {
  const states = new Set(mentions.filter((m) => actors.get(m.actorId)?.kind === 'state').map((m) => m.actorId));
  return states.size === 1 ? actors.get([...states][0]) : undefined;
}

/**
 * Rule `bareStateForce`: a bare "police" or "prosecutors" (no state's name or demonym before it,
 * lower case but for a sentence's first word, not a modifier: "police officers") is that force of the one state its sentence names
 * ("In Yangon, police arrested X" → "Burmese police", written "police", affiliated with Myanmar),
 * else of the one such force the document named before; with no state or several, nothing (whose
 * police is then a guess). Without it "police arrested X" had no subject, and X's arrest no side.
 */
function bareForceActor(tokens: readonly Token[], i: number, mentions: readonly Mention[], actors: ReadonlyMap<string, Actor>, known: () => readonly Actor[]): Actor | undefined {
  const t = tokens[i];
  if (t.kind !== 'word' || (t.cap && i > 0) || !BARE_FORCES.has(t.norm)) return undefined;
  const before = tokens[i - 1];
  if (before && (before.kind === 'possessive' || (before.kind === 'word' && before.cap && before.norm !== 'the'))) return undefined;
  const next = tokens[i + 1];
  if (next?.kind === 'word' && (FORCE_COMPOUNDS.has(next.norm) || ORGAN_COMPOUNDS.has(next.norm))) return undefined;
  if (mentions.some((m) => m.tokenStart <= i && m.tokenEnd > i)) return undefined;
  const state = soleState(mentions, actors);
  if (state) return bodyActor(t.norm, state.name, state.id, t.text);
  const named = known().filter((a) => a.name.toLowerCase().endsWith(` ${t.norm}`));
  return named.length === 1 ? named[0] : undefined;
}

/** Data: nouns of a national court that news writes with the place it sits in ("a court in Moscow", "the tribunal in Dhaka"). */
const COURT_NOUNS: ReadonlySet<string> = new Set(['court', 'tribunal']);

/**
 * Rule `courtInPlace`: "a court in X" (X a state or a place of one: "a court in Moscow", "by the
 * tribunal in Bangladesh") is that state, as the annotation guide reads a national court ("A Russian
 * court has sentenced …" is Russia; test/fixtures/corpus/README.md) and as "a Moscow court" already
 * is; read without it the court's act had no subject. The span from the court's article to the
 * place, or undefined. Not a court named with capitals (the International Court of Justice, a court
 * of its own), nor a place that is no state's.
 */
function courtInPlace(tokens: readonly Token[], i: number, mentions: readonly Mention[], actors: ReadonlyMap<string, Actor>): { from: number; to: number; state: string } | undefined {
  const t = tokens[i];
  if (t.kind !== 'word' || t.cap || !COURT_NOUNS.has(t.norm)) return undefined;
  const article = tokens[i - 1];
  if (!article || (article.norm !== 'a' && article.norm !== 'the') || tokens[i + 1]?.norm !== 'in') return undefined;
  const place = mentions.find((m) => m.tokenStart === i + 2);
  if (!place || actors.get(place.actorId)?.kind !== 'state') return undefined;
  return { from: i - 1, to: place.tokenEnd, state: place.actorId };
}

/** Words after a body's head noun that carry its name on ("the High Council for National Reconciliation"). */
const NAME_GOES_ON: ReadonlySet<string> = new Set(['of', 'for', 'on', 'to', 'in', 'between', 'with']);

/** Data: capitalised words after a preposition that date the sentence, not name a body ("the Supreme Court on Monday", "in May"). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTH_WORDS]);

/**
 * Whether the tokens after a body's head noun (from `k`) continue its name or a title: a preposition
 * of a longer name before a capitalised word ("Supreme Court of X", "High Council for National …")
 * or a capitalised word ("… Council Chairman X", "Supreme Court Justice Y"): the phrase is then no
 * generic body of its own. Not a preposition before a lower-case word or a date ("Kenya's Armed
 * Forces on Monday", "the National Assembly on the budget"): read as going on, the body after its
 * state was left a generic name shared by every state's.
 */
function nameGoesOn(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (next?.kind !== 'word') return false;
  if (next.cap) return true;
  if (!NAME_GOES_ON.has(next.norm)) return false;
  const after = tokens[k + 1]?.norm === 'the' ? tokens[k + 2] : tokens[k + 1];
  return after?.kind === 'word' && after.cap && !CALENDAR_WORDS.has(after.norm);
}

/** Data: words that qualify a national court before its noun ("Supreme Court", "the top court", "a military tribunal"). */
const COURT_QUALIFIERS: ReadonlySet<string> = new Set(
  'supreme high highest top constitutional federal appeals appellate district regional provincial administrative criminal military special national electoral'.split(' '),
);

/**
 * Rule `stateCourt`: a court written after its state's possessive or demonym ("Ghana's Supreme
 * Court", "Kenya's top court", "the Ghanaian High Court", "a Russian military tribunal") is that
 * state, as the guide reads a national court. Read as a name of its own, "Supreme Court" was one
 * actor shared by every document and every state's court. The span from the state to the court's
 * noun, or undefined. Not a court named after "of" ("the Supreme Court of X": a name of its own).
 */
function stateCourt(tokens: readonly Token[], i: number, mentions: readonly Mention[], actors: ReadonlyMap<string, Actor>): { from: number; to: number; state: string } | undefined {
  const t = tokens[i];
  if (t.kind !== 'word' || !COURT_NOUNS.has(t.norm) || nameGoesOn(tokens, i + 1)) return undefined;
  let j = i - 1;
  while (j > i - 4 && tokens[j]?.kind === 'word' && COURT_QUALIFIERS.has(tokens[j].norm)) j--;
  const owner = ownerState(tokens, j, mentions, actors);
  return owner ? { from: owner.from, to: i + 1, state: owner.state.id } : undefined;
}

/**
 * The state whose possessive or demonym is token `j` ("Ghana" of "Ghana's", "Ghanaian"): the state
 * and the token its phrase starts at, or undefined.
 */
function ownerState(tokens: readonly Token[], j: number, mentions: readonly Mention[], actors: ReadonlyMap<string, Actor>): { from: number; state: Actor } | undefined {
  const owner = tokens[j];
  if (!owner) return undefined;
  if (owner.kind === 'possessive') {
    const m = mentions.find((x) => x.tokenEnd === j && actors.get(x.actorId)?.kind === 'state');
    const state = m && actors.get(m.actorId);
    return m && state ? { from: m.tokenStart, state } : undefined;
  }
  const state = demonymState(owner, actors)?.actor;
  return state ? { from: j, state } : undefined;
}

/**
 * The state a capitalised demonym names ("Ghanaian" → "Ghana"), with its actor when the gazetteer
 * has one: a demonym mention may have been dropped as attributive, the word itself still says the state.
 */
function demonymState(t: Token | undefined, actors: ReadonlyMap<string, Actor>): { name: string; actor?: Actor } | undefined {
  const name = t?.kind === 'word' && t.cap ? DEMONYMS[t.text] : undefined;
  if (!name) return undefined;
  const actor = [...actors.values()].find((a) => a.kind === 'state' && a.name === name);
  return actor ? { name, actor } : { name };
}

/**
 * Data: words of a generic body's name before its head noun ("National Assembly", "Supreme National
 * Security Council", "Central Military Commission", "Armed Forces", "Coast Guard"). The service
 * words (armed, defence, coast) added in the twenty-first session: "Ukraine's Armed Forces" was one
 * actor "Armed Forces" shared with every state's (dev, scripts/eval/shared-actors.ts).
 */
const GENERIC_BODY_WORDS: ReadonlySet<string> = new Set(
  'national supreme high federal central state security military electoral legislative constituent grand general revolutionary people’s peoples popular consultative advisory election anti-corruption armed defence defense coast'.split(' '),
);
/** The heads of such names: bodies' head nouns, courts left to rule stateCourt (a court is its state). */
const GENERIC_BODY_HEADS: ReadonlySet<string> = new Set([...BODY_HEAD_NOUNS].filter((n) => !COURT_NOUNS.has(n)));
/**
 * Data: heads of a state's armed or police service's generic name ("Armed Forces", "National
 * Police", "Coast Guard"): a body of kind military, as the guide names "Sudanese Armed Forces",
 * "Lebanese Armed Forces" (test/fixtures/corpus/README.md). Not "Army", "Navy", "Air Force", left to
 * the state, as "U.S. Navy" is in the guide.
 */
const SERVICE_HEADS: ReadonlySet<string> = new Set(['forces', 'police', 'guard']);
/**
 * Data: generic names of a chamber or cabinet written with "of" ("House of Representatives",
 * "Chamber of Deputies"): many states have one (the United States, Libya, Yemen, Nigeria, Japan …
 * a House of Representatives), so the bare name says no state.
 */
const GENERIC_OF_NAMES: ReadonlySet<string> = new Set(['house of representatives', 'chamber of deputies', 'council of representatives', 'council of ministers', 'house of councillors', 'house of commons', 'house of lords', 'council of state']);

/**
 * Where the capitalised generic name of a body that ends at token `i` starts: generic words and a
 * body's or service's head noun ("National Assembly", "Armed Forces"; with `court`, a court's
 * qualifiers and noun: "Supreme Court"), at least one word before the head, or one of
 * GENERIC_OF_NAMES ("House of Representatives"). Undefined when token `i` ends no such name; whether
 * the name goes on after `i` is the caller's to say. `kind`: military for a service.
 */
function genericNameStart(tokens: readonly Token[], i: number, court: boolean): { from: number; kind: Actor['kind'] } | undefined {
  const head = tokens[i];
  if (head?.kind !== 'word' || !head.cap) return undefined;
  const of = tokens.slice(Math.max(0, i - 2), i + 1);
  if (!court && of.length === 3 && of[0].cap && GENERIC_OF_NAMES.has(of.map((t) => t.norm).join(' '))) return { from: i - 2, kind: 'organization' };
  const service = !court && SERVICE_HEADS.has(head.norm);
  if (!(court ? COURT_NOUNS.has(head.norm) : GENERIC_BODY_HEADS.has(head.norm) || service)) return undefined;
  let j = i - 1;
  while (j > i - 5 && tokens[j]?.kind === 'word' && tokens[j].cap && (GENERIC_BODY_WORDS.has(tokens[j].norm) || (court && COURT_QUALIFIERS.has(tokens[j].norm)))) j--;
  return j < i - 1 ? { from: j + 1, kind: service ? 'military' : 'organization' } : undefined;
}

/**
 * Rule `stateGenericBody`: a body whose capitalised name is only generic words and a head noun
 * ("National Assembly", "Supreme National Security Council", "Electoral Commission"), written after
 * its state's possessive or demonym ("Kenya's National Assembly", "the Iranian Supreme National
 * Security Council"), is that state's body, named with the state's demonym ("Kenyan National
 * Assembly") and affiliated with it, as rule stateOrgan names "Iraq's parliament". Read as a name
 * of its own, "National Assembly" was one actor shared by every document and every state's assembly.
 * Not a name followed by "of" ("the National Assembly of X", a name of its own).
 */
function stateGenericBody(tokens: readonly Token[], i: number, mentions: readonly Mention[], actors: ReadonlyMap<string, Actor>, text: string): { from: number; to: number; actor: Actor } | undefined {
  const name = nameGoesOn(tokens, i + 1) ? undefined : genericNameStart(tokens, i, false);
  const owner = name && ownerState(tokens, name.from - 1, mentions, actors);
  if (!name || !owner) return undefined;
  const end = tokens[i].end;
  return { from: owner.from, to: i + 1, actor: bodyActor(text.slice(tokens[name.from].start, end), owner.state.name, owner.state.id, text.slice(tokens[owner.from].start, end), name.kind) };
}

/** How a generic body's bare name was read when it may be read again as a state's body: an unknown name, or an office-holder named by it ("a Supreme Court judge"); never a gazetteer name. */
const READ_NAME: ReadonlySet<Mention['via']> = new Set(['discovered', 'title']);

/**
 * A generic body's name written bare, capitalised, with no state before it ("the National Assembly",
 * "the Supreme Court", "the Electoral Commission"): the token its name starts at and its generic
 * name, lower case ("national assembly"), or undefined. Not a name that starts earlier ("the
 * Independent National Electoral Commission", "Kenya's National Assembly": a capitalised word, a
 * possessive or a demonym before it; a mention that starts before it, "the African Union Peace and
 * Security Council"), nor one that goes on ("the National Assembly of X").
 */
function bareGenericName(tokens: readonly Token[], i: number, mentions: readonly Mention[]): { from: number; name: string } | undefined {
  if (nameGoesOn(tokens, i + 1)) return undefined;
  const from = (genericNameStart(tokens, i, false) ?? genericNameStart(tokens, i, true))?.from;
  const before = from === undefined ? undefined : tokens[from - 1];
  if (from === undefined || (before && (before.kind === 'possessive' || (before.kind === 'word' && before.cap && before.norm !== 'the')))) return undefined;
  // A name found longer than its generic words ("the African Union Peace and Security Council"): not bare.
  if (mentions.some((m) => m.tokenStart < from && m.tokenEnd > from)) return undefined;
  return { from, name: tokens.slice(from, i + 1).map((t) => t.norm).join(' ') };
}

/**
 * Rule `documentGenericBody`: a bare generic body ("the National Assembly", "the Supreme Court";
 * bareGenericName) after the document has named that body with its state ("Kenya's National
 * Assembly", "Ghana's Supreme Court": rules stateGenericBody, stateCourt) is that state's body —
 * the one the document named with that generic name (`courts`: a court's generic name → its state,
 * the guide reading a national court as its state), or the one body of the document whose name ends
 * with it. Read as a name of its own, "the National Assembly" was one actor shared by every
 * document that writes it, whatever its state. With two such bodies named, nothing is changed here.
 */
function documentGenericBody(tokens: readonly Token[], i: number, mentions: readonly Mention[], courts: ReadonlyMap<string, string>, named: () => readonly Actor[]): { from: number; id: string } | undefined {
  const bare = bareGenericName(tokens, i, mentions);
  if (!bare || mentions.some((m) => m.tokenStart <= i && m.tokenEnd > bare.from && !READ_NAME.has(m.via))) return undefined;
  const court = courts.get(bare.name);
  if (court) return { from: bare.from, id: court };
  const suffix = ` ${bare.name}`;
  const bodies = named().filter((a) => a.name.toLowerCase().endsWith(suffix));
  return bodies.length === 1 ? { from: bare.from, id: bodies[0].id } : undefined;
}

/** The generic name of a court written after its state ("supreme court" of "Ghana's Supreme Court"), lower case. */
const courtName = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .filter((t) => t.kind === 'word' && (COURT_QUALIFIERS.has(t.norm) || COURT_NOUNS.has(t.norm)))
    .map((t) => t.norm)
    .join(' ');

/**
 * Rule `bodyOfState`: a state's organ or generic body named with "of" and the state ("the Parliament
 * of Kenya", "the National Assembly of Kenya", "the Supreme Court of Ghana") is the body rules
 * stateOrgan, stateGenericBody and stateCourt make of "Kenya's parliament", "Kenya's National
 * Assembly", "Ghana's Supreme Court": one id for one body however the text turns its name ("Kenyan
 * parliament", a court its state). Read as a name of its own, "Parliament of Iraq" and "Iraqi
 * Parliament" were two actors of one body across documents. Only when the name before "of" is a
 * state organ's noun or generic words and a body's head, and a state's name follows ("of Kenya", "of
 * the Philippines"); not "the Parliament of Ruritania" (no state the gazetteer knows).
 */
function bodyOfState(tokens: readonly Token[], i: number, mentions: readonly Mention[], actors: ReadonlyMap<string, Actor>, text: string): { from: number; to: number; actor: Actor; court: boolean } | undefined {
  const head = tokens[i];
  if (head.kind !== 'word' || !head.cap || tokens[i + 1]?.norm !== 'of') return undefined;
  const court = COURT_NOUNS.has(head.norm);
  const generic = genericNameStart(tokens, i, court);
  if (!generic && !ORGAN_NOUNS.has(head.norm)) return undefined;
  const from = generic?.from ?? i;
  if (tokens[from - 1]?.kind === 'word' && tokens[from - 1].cap && tokens[from - 1].norm !== 'the') return undefined;
  const owner = stateAfterOf(tokens, i + 2, mentions, actors, text);
  if (!owner) return undefined;
  const name = generic ? text.slice(tokens[from].start, head.end) : head.norm;
  const actor = court ? owner.state : bodyActor(name, owner.state.name, owner.state.id, text.slice(tokens[from].start, tokens[owner.to - 1].end), generic?.kind);
  return { from, to: owner.to, actor, court };
}

/**
 * The state named from token `at` on ("Kenya", "the Philippines") and the token after its name: a
 * state's own mention, or the end of a discovered name that took the state in ("Parliament of Kenya"
 * found as one unknown name: its words after "of" are then looked up among the states' names).
 */
function stateAfterOf(tokens: readonly Token[], at: number, mentions: readonly Mention[], actors: ReadonlyMap<string, Actor>, text: string): { state: Actor; to: number } | undefined {
  const own = mentions.find((m) => (m.tokenStart === at || (m.tokenStart === at + 1 && tokens[at]?.norm === 'the')) && actors.get(m.actorId)?.kind === 'state');
  const ownState = own && actors.get(own.actorId);
  if (own && ownState) return { state: ownState, to: own.tokenEnd };
  const taken = mentions.find((m) => m.via === 'discovered' && m.tokenStart < at && m.tokenEnd > at);
  if (!taken || !tokens[at]) return undefined;
  const written = text.slice(tokens[tokens[at].norm === 'the' ? at + 1 : at].start, tokens[taken.tokenEnd - 1].end).toLowerCase();
  const state = [...actors.values()].find((a) => a.kind === 'state' && [a.name, ...a.aliases].some((n) => n.toLowerCase() === written));
  return state ? { state, to: taken.tokenEnd } : undefined;
}

/** Data: titles of a chamber's or body's presiding officer written before "of" and the body ("the Speaker of the Parliament of X"). */
const PRESIDING_TITLES: ReadonlySet<string> = new Set(['speaker', 'president', 'chairman', 'chairwoman', 'chairperson', 'chair']);

/**
 * Rule `presidingOfficer`: a body's presiding officer named by title alone, "of" and the body ("the
 * Speaker of the Parliament of Kenya", "the Speaker of Kenya's parliament", "the President of the
 * National Assembly of X"), is that body, as the guide reads an unnamed office-holder of a state
 * ("the President of France") as the state, the title its alias: the token the mention then starts
 * at, else `from`. Read without it, "the Speaker of the Parliament of X condemned Y" had a subject
 * that named no actor. Not when the title is a person's, in apposition ("Jane Roe, the Speaker of
 * …"; "the Speaker of …, Jane Roe,"): the person acts then.
 */
function presidingFrom(tokens: readonly Token[], from: number, to: number): number {
  const of = tokens[from - 1]?.norm === 'the' ? from - 2 : from - 1;
  const title = tokens[of - 1];
  if (tokens[of]?.norm !== 'of' || title?.kind !== 'word' || !title.cap || !PRESIDING_TITLES.has(title.norm)) return from;
  if (tokens[to]?.text === ',' && tokens[to + 1]?.kind === 'word' && tokens[to + 1].cap) return from;
  const article = tokens[of - 2]?.norm === 'the' ? of - 3 : of - 2;
  return tokens[article]?.text === ',' ? from : of - 1;
}

/** The states mentions name: a state's (or its place's) mention, and the state an actor is affiliated with ("President Jomo Kamau" of Kenya, "the Kenyan parliament"). */
export function statesNamed(mentions: readonly Mention[], actors: ReadonlyMap<string, Actor>): string[] {
  return mentions.flatMap((m) => {
    const a = actors.get(m.actorId);
    if (a?.kind === 'state') return [a.id];
    return a?.affiliation && actors.get(a.affiliation)?.kind === 'state' ? [a.affiliation] : [];
  });
}

/**
 * What the document has said so far that reads its bare generic bodies (the caller keeps it across
 * sentences): the bodies and courts it named with their state, and the states its title and its
 * sentences name.
 */
export interface DocumentBodies {
  /** A state's bodies named so far, by id ("Kenyan National Assembly"): rules stateOrgan, stateOpposition, documentGenericBody. */
  bodies: ReadonlyMap<string, Actor>;
  /** Courts named so far with their state: generic name ("supreme court") → the state's id (rule documentGenericBody). */
  courts: ReadonlyMap<string, string>;
  /** The states the document's title names (a demonym's included): rule homeStateBody. */
  titleStates: ReadonlySet<string>;
  /** The states the sentences before this one named (statesNamed), and the government whose statement the document is: rule homeStateBody. */
  namedStates: ReadonlySet<string>;
}

/**
 * Rule `homeStateBody`'s state: the one state the document's title names ("Joint Statement on the
 * Situation in Libya"), else the one state the sentences before the body's have named (statesNamed:
 * a state, its place, or an actor affiliated with it), the government whose statement it is counted.
 * Not the body's own sentence: the state there may be the one it acts on ("the National Assembly
 * condemned Uganda") or a third party ("Benin welcomed the talks between the House of
 * Representatives and …"). Undefined when there are none or several: whose body a bare "the
 * National Assembly" is would then be a guess.
 */
function homeState(doc: DocumentBodies, actors: ReadonlyMap<string, Actor>): Actor | undefined {
  const states = doc.titleStates.size > 0 ? doc.titleStates : doc.namedStates;
  return states.size === 1 ? actors.get([...states][0]) : undefined;
}

/**
 * Rule `homeStateBody`: a bare generic body the document never named with its state ("The
 * Electoral Commission disqualified X" in a report on one state; bareGenericName) is the body of
 * the document's home state (homeState), named with the state's demonym and affiliated with it
 * ("Kenyan Electoral Commission"; a court is the state itself, as rule stateCourt reads it). With no
 * such state or several (`actor` undefined), the name is kept out: no actor rather than one
 * "Electoral Commission" shared by every document that writes it, each about another state's. Only
 * a name's unknown or office-holder's mention is replaced or dropped, never a gazetteer name.
 */
function homeStateBody(tokens: readonly Token[], i: number, mentions: readonly Mention[], actors: ReadonlyMap<string, Actor>, text: string, doc: DocumentBodies): { from: number; name: string; actor?: Actor; court: boolean } | undefined {
  const bare = bareGenericName(tokens, i, mentions);
  if (!bare || mentions.some((m) => m.tokenStart <= i && m.tokenEnd > bare.from && !READ_NAME.has(m.via))) return undefined;
  const court = COURT_NOUNS.has(tokens[i].norm);
  const state = homeState(doc, actors);
  if (!state) return { from: bare.from, name: bare.name, court };
  const written = text.slice(tokens[bare.from].start, tokens[i].end);
  const kind = genericNameStart(tokens, i, court)?.kind;
  return { from: bare.from, name: bare.name, court, actor: court ? state : bodyActor(written, state.name, state.id, written, kind) };
}

export interface DomesticBodyResult {
  mentions: Mention[];
  /** Bodies named here for the first time. */
  learned: Actor[];
  /** Courts named here with their state: generic name ("supreme court") → the state's id (rule documentGenericBody). */
  courts: [string, string][];
}

/**
 * The noun of a domestic body at token `t`, lower-case: "opposition" or an organ's. Rule
 * `cappedStateOrgan`: an organ's noun may be capitalised ("the Iraqi Parliament", "Kenya's Senate":
 * news capitalises a national organ as often as not, and the state's name right before still says
 * whose it is); the caller takes a capitalised one only after its state, never as a bare "the
 * Parliament", which may be another body's short name.
 */
const bodyNoun = (t: Token | undefined): string | undefined => (t && t.kind === 'word' && (!t.cap || ORGAN_NOUNS.has(t.norm)) && (t.norm === OPPOSITION || ORGAN_NOUNS.has(t.norm)) ? t.norm : undefined);

/**
 * The body of a state: "Haiti's opposition" → "Haitian opposition", "Iraq's parliament" → "Iraqi
 * parliament" (the state's demonym, else its name); an organ is affiliated with its state (`stateId`),
 * the opposition never.
 */
function bodyActor(noun: string, stateName: string, stateId: string | undefined, written: string, kind: Actor['kind'] = 'organization'): Actor {
  const canonical = normalizeName(`${DEMONYM_OF.get(stateName) ?? stateName} ${noun}`);
  const alias = normalizeName(written);
  const affiliation = noun !== OPPOSITION && stateId ? { affiliation: stateId } : {};
  return { id: slugify(canonical), name: canonical, kind, aliases: alias !== canonical ? [alias] : [], provisional: true, ...affiliation };
}

/** Where the body's phrase ends (exclusive), or undefined when the noun is a stance, a role before a name or a modifier. */
function bodyEnd(tokens: readonly Token[], i: number, noun: string): number | undefined {
  const next = tokens[i + 1];
  const nextWord = next?.kind === 'word' ? next.norm : undefined;
  if (noun === OPPOSITION) {
    if (nextWord && STANCE_OR_ROLE_NEXT.has(nextWord)) return undefined;
    const end = nextWord && OPPOSITION_PEOPLE.has(nextWord) ? i + 2 : i + 1;
    return namedAfter(tokens, end) ? undefined : end;
  }
  if (nextWord && ORGAN_COMPOUNDS.has(nextWord)) return undefined;
  return namedAfter(tokens, i + 1) ? undefined : i + 1;
}

/**
 * Rules `stateOpposition`, `stateOrgan`: one sentence's mentions with each state's opposition or
 * organ it names as one mention of that body ("Haiti's opposition", "the Georgian opposition",
 * "Ghanaian opposition parties", "Iraq's parliament"), and a bare "the opposition", "the parliament"
 * as the document's one body of that noun (`doc.bodies`: those named so far, by id; the caller keeps it
 * across sentences). Not a stance ("Ghana's opposition to the plan"), a role before a name
 * ("opposition leader X") or a modifier ("parliament speaker").
 */
export function domesticBodyMentions(mentions: readonly Mention[], tokens: readonly Token[], text: string, actors: ReadonlyMap<string, Actor>, doc: DocumentBodies): DomesticBodyResult {
  let out = [...mentions];
  const learned: Actor[] = [];
  const courts: [string, string][] = [];
  const courtsSoFar = (): ReadonlyMap<string, string> => (courts.length ? new Map([...doc.courts, ...courts]) : doc.courts);
  const replace = (a: number, b: number, actor: Actor, confidence: number): void => {
    out = withSpanMention(out, tokens, text, a, b, actor.id, confidence);
  };
  // The document's bodies so far, made only when a bare noun asks (not per token: a 1 MB text has 200,000).
  const namedSoFar = (): Actor[] => [...new Map([...doc.bodies.values(), ...learned].map((a) => [a.id, a])).values()];
  for (let i = 0; i < tokens.length; i++) {
    const force = bareForceActor(tokens, i, out, actors, namedSoFar);
    if (force) {
      learned.push(force);
      replace(i, i + 1, force, 0.7);
      continue;
    }
    if (i === 0) continue;
    const of = bodyOfState(tokens, i, out, actors, text);
    if (of) {
      if (of.court) courts.push([courtName(tokens, of.from, i + 1), of.actor.id]);
      else learned.push(of.actor);
      replace(of.court ? of.from : presidingFrom(tokens, of.from, of.to), of.to, of.actor, 0.8);
      continue;
    }
    const generic = stateGenericBody(tokens, i, out, actors, text);
    if (generic) {
      learned.push(generic.actor);
      replace(presidingFrom(tokens, generic.from, generic.to), generic.to, generic.actor, 0.8);
      continue;
    }
    const court = courtInPlace(tokens, i, out, actors) ?? stateCourt(tokens, i, out, actors);
    if (court) {
      const state = actors.get(court.state);
      if (state) replace(court.from, court.to, state, 0.8);
      const name = courtName(tokens, court.from, court.to);
      if (name.includes(' ')) courts.push([name, court.state]);
      continue;
    }
    const same = documentGenericBody(tokens, i, out, courtsSoFar(), namedSoFar);
    if (same) {
      out = withSpanMention(out, tokens, text, same.from, i + 1, same.id, 0.7);
      continue;
    }
    const home = homeStateBody(tokens, i, out, actors, text, doc);
    if (home) {
      const { actor } = home;
      if (!actor) out = out.filter((m) => m.tokenEnd <= home.from || m.tokenStart > i);
      else {
        if (home.court) courts.push([home.name, actor.id]);
        else learned.push(actor);
        out = withSpanMention(out, tokens, text, home.from, i + 1, actor.id, 0.6);
      }
      continue;
    }
    const noun = bodyNoun(tokens[i]);
    if (!noun) continue;
    const end = bodyEnd(tokens, i, noun);
    if (end === undefined) continue;
    // "Haiti's opposition" (the state, then its possessive) or "the Haitian opposition" (the demonym right before).
    const owner = tokens[i - 1]?.kind === 'possessive' ? i - 1 : i;
    const state = out.find((m) => m.tokenEnd === owner && actors.get(m.actorId)?.kind === 'state');
    const demonym = demonymState(tokens[i - 1], actors);
    const stateName = state ? actors.get(state.actorId)?.name : demonym?.name;
    const stateId = state?.actorId ?? demonym?.actor?.id;
    const from = state ? state.tokenStart : i - 1;
    if (stateName) {
      const actor = bodyActor(noun, stateName, stateId, text.slice(tokens[from].start, tokens[end - 1].end));
      learned.push(actor);
      replace(noun === OPPOSITION ? from : presidingFrom(tokens, from, end), end, actor, 0.8);
      continue;
    }
    // "the opposition", "the parliament": the one such body the document has named.
    if (tokens[i].cap || tokens[i - 1]?.norm !== 'the' || out.some((m) => m.tokenStart <= i && m.tokenEnd > i)) continue;
    const suffix = ` ${noun}`;
    const named = namedSoFar().filter((r) => r.name.toLowerCase().endsWith(suffix));
    if (named.length === 1) replace(i - 1, end, named[0], 0.7);
  }
  return { mentions: out.sort((a, b) => a.tokenStart - b.tokenStart), learned, courts };
}
