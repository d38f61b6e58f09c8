/**
 * The document's own voice. Statements, readouts and transcripts speak in the first person: "I
 * spoke with…", "we condemn…". Who "I" and "we" are is known from the document itself, when it
 * says so unambiguously, and from nothing else:
 * - the person: the title names them as its issuer ("Statement by President X", "Remarks from
 *   Secretary Y on…"), or a byline paragraph near the top does ("X Y, Secretary of State");
 * - the government ("we", "our"): the one state the outlet names when the outlet is a government
 *   office (lexicon/issuing-offices.ts) or a seat of power (lexicon/seats-of-power.ts);
 * - neither in a joint statement (several issuers: "we" is all of them, none alone).
 * In a transcript, a speaker label ("THE PRESIDENT:", "SECRETARY Y:") starts a turn: only the
 * author's turns speak for the author ("Q:" and other speakers' turns do not).
 */
import type { Actor } from '../domain/types';
import { slugify } from '../domain/slug';
import { matchGazetteer, type Matcher } from './gazetteer';
import { isHonorific } from './discover';
import { isJunkName } from './junk';
import { ISSUING_OFFICE_WORDS } from './lexicon/issuing-offices';
import { SEATS_OF_POWER } from './lexicon/seats-of-power';
import { SPEAKER_LABEL } from './line-labels';
import { surnameOwners } from './surnames';
import { APOSTROPHE, fold } from './normalize';
import type { RoleIndex } from './titles';
import { tokenize } from './tokens';
import type { Sentence, Token } from './types';

export interface DocumentAuthor {
  /** Who "I", "me", "my" are. */
  person?: Actor;
  /** The person's title words ("president"), to recognise their speaker label. */
  titleWords: ReadonlySet<string>;
  /** Who "we", "us", "our" are: the state of an official outlet, or the body a title names as issuer (an actor id). */
  government?: string;
  /** The issuing body when the document names one no gazetteer knows (rule `titleIssuer`): a provisional organisation. */
  issuer?: Actor;
  /** A joint statement: "we" is all its issuers, none alone (rule `jointIssuers`, joint-issuers.ts). */
  joint?: boolean;
}

/** First-person words and whom they stand for. */
export const FIRST_PERSON_SINGULAR: ReadonlySet<string> = new Set(['i', 'me', 'my']);
export const FIRST_PERSON_PLURAL: ReadonlySet<string> = new Set(['we', 'us', 'our']);

/** How sure a first-person word is its author (a pronoun, not a name). */
export const AUTHOR_CONFIDENCE = 0.9;

/** Paragraphs at the top of a document where a byline may stand. */
const BYLINE_PARAGRAPHS = 4;
/** Longest byline paragraph ("Antony J. Blinken, Secretary of State"). */
const BYLINE_MAX = 90;
/** Characters at the top of a document that say whether it is a joint statement. */
const JOINT_WINDOW = 800;

const JOINT = /\bjoint (?:statement|declaration|communiqu[eé])\b|\b(?:released|issued|signed|agreed) by the (?:governments|leaders|foreign ministers|ministers) of\b/i;
/** "Statement by …", "Remarks from …": the phrase after the issuer's preposition, up to its topic. */
const ISSUER = /\b(?:by|from|attributable to)\s+(.+?)(?=\s+(?:on|at|in|to|before|after|about|regarding|concerning|following|for|ahead)\b|[,:;–—(]|$)/i;

const isNameWord = (t: Token): boolean => t.kind === 'word' && (t.cap || t.upper) && !['and', 'of', 'the'].includes(t.norm);

/**
 * A person's name with its title words before it: "President Joe Biden" → title ["president"],
 * name "Joe Biden". Undefined when no name follows the title or the phrase is not one name.
 */
function titledName(phrase: string, roles: RoleIndex): { title: string[]; name: string } | undefined {
  const toks = tokenize(phrase);
  let i = 0;
  if (toks[i]?.norm === 'the') i++;
  const title: string[] = [];
  // Title words and the acronyms among them ("NSC Spokesperson", "U.S. Special Envoy").
  while (i < toks.length && (toks[i].kind !== 'word' || roles.words.has(toks[i].norm) || toks[i].upper)) {
    if (toks[i].kind === 'word' && roles.words.has(toks[i].norm)) title.push(toks[i].norm);
    i++;
  }
  let j = i;
  while (j < toks.length && (isNameWord(toks[j]) || (toks[j].text === '.' && j > i))) j++;
  const name = toks.slice(i, j).filter((t) => t.kind === 'word');
  // The name ends the phrase or a lowercase word follows it ("… Adrienne Watson welcoming the truce").
  const after = toks[j];
  if (!name.length || name.length > 5 || (after && !(after.kind === 'word' && !after.cap))) return undefined;
  // "Statement by the Governments of …", "Statement by the Department": no person.
  if (name.some((t) => roles.words.has(t.norm) || ISSUING_OFFICE_WORDS.includes(t.norm.replace(/s$/, '')))) return undefined;
  const written = phrase.slice(toks[i].start, toks[j - 1].end).replace(/[.\s]+$/, '');
  // Rule `anonymousOfficial`: "by Senior Administration and Military Officials": a word for
  // government is no one's name.
  return isJunkName(written) ? undefined : { title, name: written };
}

/** Small words a written-out title may hold ("Secretary of State", "Minister for Foreign Affairs"). */
const BYLINE_GLUE = new Set(['of', 'the', 'and', 'for', 'on', 'to', 'at', 'in']);

/** A byline paragraph: "<Name>, <title words…>". */
function bylineName(paragraph: string, roles: RoleIndex): { title: string[]; name: string } | undefined {
  const p = paragraph.trim();
  if (p.length > BYLINE_MAX) return undefined;
  const comma = p.indexOf(',');
  if (comma < 0) return undefined;
  const who = titledName(p.slice(0, comma), roles);
  const role = tokenize(p.slice(comma + 1)).filter((t) => t.kind === 'word');
  // The part after the comma is only a title ("Secretary of State"), not a sentence: "Friends,
  // today I met with President …" is an address to listeners, not a byline.
  const titleLike = role.every((t) => t.cap || t.upper || roles.words.has(t.norm) || BYLINE_GLUE.has(t.norm));
  if (!who || who.title.length || !role.length || !titleLike || !role.some((t) => roles.words.has(t.norm))) return undefined;
  return { title: role.filter((t) => roles.words.has(t.norm)).map((t) => t.norm), name: who.name };
}

/** The person a name stands for: the gazetteer's, or a new provisional person. */
function personFor(name: string, title: readonly string[], matcher: Matcher): Actor | undefined {
  const toks = tokenize(name);
  const whole = matchGazetteer(toks, matcher).find((g) => g.tokenStart === 0 && g.tokenEnd === toks.length);
  const known = whole && matcher.actors.get(whole.actorId);
  if (known) return known.kind === 'person' ? known : undefined;
  const id = slugify(name);
  if (!id) return undefined;
  const titled = title.length ? [`${title.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ')} ${name}`] : [];
  return { id, name, kind: 'person', aliases: titled, provisional: true };
}

/** The one state an issuing outlet names, if the outlet is a government office or seat of power. */
function governmentOf(outlet: string, matcher: Matcher): string | undefined {
  const toks = tokenize(outlet);
  const words = new Set(toks.map((t) => t.norm));
  const bare = fold(outlet.replace(/^the\s+/i, '').trim());
  const official = ISSUING_OFFICE_WORDS.some((w) => words.has(w)) || SEATS_OF_POWER.some((s) => fold(s.name) === bare);
  if (!official) return undefined;
  const states = new Set(matchGazetteer(toks, matcher).map((g) => g.actorId).filter((id) => matcher.actors.get(id)?.kind === 'state'));
  return states.size === 1 ? [...states][0] : undefined;
}

/** Rule `titleIssuer`: the words before a title's noun of a statement ("G7 Foreign Ministers’ Statement on …", "Troika Statement on …"). */
const TITLE_ISSUER = /^\s*(?:the\s+)?(.+?)\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé])\b/i;
/** Words for the officials who speak for a body, after its name ("G7 Foreign Ministers’", "Quad Leaders’"), and a possessive (its "s" only after an apostrophe: "BRICS" keeps its own). */
const ISSUING_OFFICIALS = new RegExp(String.raw`(?:\s+(?:foreign|defen[cs]e|finance|trade|ministers?|leaders?|heads?|of|state|government|envoys?|and))*(?:${APOSTROPHE}s?)?$`, 'i');
/** Words that open a title's noun of a statement without naming anyone ("Press Statement", "Closing Statement"). */
const STATEMENT_KINDS: ReadonlySet<string> = new Set(
  'press media written closing opening final official public formal presidential ministerial national special chairman chair leaders joint annual'.split(' '),
);
/** Most words of an issuing body's name in a title. */
const ISSUER_WORDS_MAX = 4;

/**
 * Rule `titleIssuer`: a body named at the head of a statement's title ("G7 Foreign Ministers’
 * Statement on …", "Troika Statement on …") issues it: "we" in its text is that body, not the state
 * of the outlet that published it. Only a capitalised name of a body that the text names again,
 * neither a state (its outlet says so already), nor a person or a title, nor a kind of statement.
 */
function titleIssuer(title: string | undefined, text: string, matcher: Matcher, roles: RoleIndex): { id: string; actor?: Actor } | undefined {
  const m = title?.match(TITLE_ISSUER);
  if (!m) return undefined;
  const name = m[1].replace(ISSUING_OFFICIALS, '').trim();
  const all = tokenize(name);
  const toks = all.filter((t) => t.kind === 'word');
  if (!toks.length || toks.length > ISSUER_WORDS_MAX || !toks.every((t) => t.cap || t.upper) || !text.includes(name)) return undefined;
  if (toks.some((t) => roles.words.has(t.norm) || STATEMENT_KINDS.has(t.norm))) return undefined;
  const matches = matchGazetteer(all, matcher);
  const whole = matches.find((g) => g.tokenStart === 0 && g.tokenEnd === all.length);
  const known = whole && matcher.actors.get(whole.actorId);
  if (known) return known.kind === 'organization' || known.kind === 'military' ? { id: known.id } : undefined;
  // Any known actor inside the name ("U.S.-Japan", "EU–China") makes it no single unknown body.
  if (matches.length || isJunkName(name)) return undefined;
  const id = slugify(name);
  return id ? { id, actor: { id, name, kind: 'organization', aliases: [], provisional: true } } : undefined;
}

/** Who the document's first person is, from its title, byline and outlet. */
export function documentAuthor(text: string, paragraphs: readonly string[], options: { title?: string; outlet?: string }, matcher: Matcher, roles: RoleIndex): DocumentAuthor {
  const issuing = titleIssuer(options.title, text, matcher, roles);
  if (issuing) return { titleWords: new Set(), government: issuing.id, ...(issuing.actor ? { issuer: issuing.actor } : {}) };
  const top = `${options.title ?? ''}\n${text.slice(0, JOINT_WINDOW)}`;
  if (JOINT.test(top)) return { titleWords: new Set(), joint: true };
  const issuer = options.title?.match(ISSUER);
  let who = issuer ? titledName(issuer[1], roles) : undefined;
  for (const p of paragraphs.slice(0, BYLINE_PARAGRAPHS)) {
    if (who) break;
    const attributed = /\battributable to\b/i.test(p) ? p.match(ISSUER) : null;
    who = attributed ? titledName(attributed[1], roles) : bylineName(p, roles);
  }
  const person = who && personFor(who.name, who.title, matcher);
  const government = options.outlet ? governmentOf(options.outlet, matcher) : undefined;
  return { ...(person ? { person } : {}), titleWords: new Set(who?.title ?? []), ...(government ? { government } : {}) };
}

/** Words for a government or its officials in an anonymous speaker's label ("SENIOR ADMINISTRATION OFFICIAL"). */
const ANONYMOUS_LABEL_WORDS: ReadonlySet<string> = new Set(['administration', 'government', 'white', 'house', 'us', 'u', 's', 'official', 'officials']);

/**
 * Rule `anonymousOfficial`: "SENIOR ADMINISTRATION OFFICIAL:", "SENIOR STATE DEPARTMENT OFFICIAL:":
 * a label naming no one but an official of the issuing government speaks for that government in a
 * document without a named author ("we" is the government; "I" is no one named).
 */
function anonymousOfficial(words: readonly string[], roles: RoleIndex): boolean {
  const last = words[words.length - 1];
  return (last === 'official' || last === 'officials') && words.every((w) => ANONYMOUS_LABEL_WORDS.has(w) || roles.words.has(w) || ISSUING_OFFICE_WORDS.includes(w));
}

/** Who "I" and "we" are in a stretch of text: actor ids. */
export interface Voice {
  readonly person?: string;
  readonly government?: string;
}

/** The author's voice, or none when the document names no author. */
function authorVoice(author: DocumentAuthor): Voice | undefined {
  return author.person || author.government ? { ...(author.person ? { person: author.person.id } : {}), ...(author.government ? { government: author.government } : {}) } : undefined;
}

/** The document's person a speaker label's name words stand for ("LAVROV", "SECRETARY BLINKEN" without its title), if exactly one. */
export type SpeakerResolver = (nameWords: readonly Token[]) => Actor | undefined;

/**
 * Whether a transcript paragraph's speaker label is the author's: true for the author's label (or,
 * without a named author, an anonymous official's), false for another speaker's ("Q:",
 * "MODERATOR:", another name), undefined without a label.
 */
function labelIsAuthor(words: readonly string[], author: DocumentAuthor, roles: RoleIndex): boolean {
  if (!words.length) return false;
  if (!author.person) return !!author.government && anonymousOfficial(words, roles);
  const nameWords = new Set(tokenize(author.person.name).map((t) => t.norm));
  const named = words.filter((w) => !author.titleWords.has(w));
  // "THE PRESIDENT:" with a president as author; "SECRETARY BLINKEN:" with Blinken as author.
  if (!named.length) return true;
  return named.every((w) => nameWords.has(w));
}

/**
 * Honorifics a government's own briefers are labelled with in its transcripts ("MS. ROE:"); not
 * "DR.", "SHEIKH" or "GEN.", which foreign guests at a joint appearance bear as often.
 */
const BRIEFER_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'ms', 'mrs', 'mx']);

/**
 * The voice of a transcript paragraph that opens with a speaker label; undefined without a label
 * (the voice before goes on). The author's label speaks for the author. Rule `speakerVoice`:
 * another speaker's label that names one of the document's people ("FOREIGN MINISTER LAVROV:" after
 * "Sergey Lavrov" was named, or a gazetteer person) speaks for that person: "I" is them, "we" the
 * state or body they belong to; a label of Mr, Ms, Mrs or Mx and a name no one else bears ("MS. RUIZ:")
 * in a government outlet's transcript is its briefer, whose "we" is that government (questioners
 * are labelled "Q" or "QUESTION", not by name). Any other label ("QUESTION:", "MODERATOR:") has no voice.
 */
function labelVoice(paragraphStart: string, author: DocumentAuthor, roles: RoleIndex, speaker: SpeakerResolver): Voice | null | undefined {
  const m = paragraphStart.match(SPEAKER_LABEL);
  if (!m) return undefined;
  const tokens = tokenize(m[1]).filter((t) => t.kind === 'word' && t.norm !== 'the');
  const words = tokens.map((t) => t.norm);
  if (labelIsAuthor(words, author, roles)) return authorVoice(author) ?? null;
  const name = tokens.filter((t) => !roles.words.has(t.norm) && !isHonorific(t.norm));
  if (!name.length) return null;
  const person = speaker(name);
  const government = person?.affiliation ?? (BRIEFER_HONORIFICS.has(words[0]) ? author.government : undefined);
  if (!person && !government) return null;
  return { ...(person ? { person: person.id } : {}), ...(government ? { government } : {}) };
}

/**
 * Rule `speakerVoice`'s people: the gazetteer person a label's name words name whole, else the one
 * person among the names discovery found in the document (over the whole text, before it is read)
 * whose name ends with them ("LAVROV" → Sergey Lavrov). The names are indexed by last word once, at
 * the first label; each is looked up again by id when a label names it, since a name read as a
 * body at first may have become a person, with an affiliation, in the sentences before.
 */
export function documentSpeakers(matcher: Matcher, found: ReadonlyMap<string, Actor>): SpeakerResolver {
  let owners: ((short: string) => Actor[]) | undefined;
  return (name) => {
    const whole = matchGazetteer(name, matcher).find((g) => g.tokenStart === 0 && g.tokenEnd === name.length);
    const known = whole && matcher.actors.get(whole.actorId);
    if (known) return known.kind === 'person' ? known : undefined;
    owners ??= surnameOwners([...found.values()]);
    const people = owners(name.map((t) => t.text).join(' ')).flatMap((a) => {
      const now = found.get(a.id);
      return now?.kind === 'person' ? [now] : [];
    });
    return people.length === 1 ? people[0] : undefined;
  };
}

/** Speaker turns: the voice each sentence speaks in, read in order (the author's until a label says otherwise). */
export class SpeakerTurns {
  private current: Voice | null | undefined;
  private paragraph = -1;

  constructor(
    private readonly author: DocumentAuthor,
    private readonly roles: RoleIndex,
    private readonly speaker: SpeakerResolver,
  ) {
    this.current = authorVoice(author);
  }

  /** The voice of the next sentence; sentences are given in document order. */
  at(sentence: Sentence): Voice | undefined {
    if (sentence.paragraph !== this.paragraph) {
      this.paragraph = sentence.paragraph;
      const label = labelVoice(sentence.text, this.author, this.roles, this.speaker);
      if (label !== undefined) this.current = label;
    }
    return this.current ?? undefined;
  }
}
