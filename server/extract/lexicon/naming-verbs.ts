/**
 * Data: the verbs of naming, one table (rules `namingCall`, `namingVerbs`, `namingOnlooker`): their
 * object takes the name their predicate gives ("called X a war criminal", "branded X a terrorist",
 * "described X as a threat"). Words from general English usage. The sets the rules read are derived
 * from it: which verbs name at all (naming-call.ts), which take "as" before the predicate, which are
 * cues opposing only with a hostile label (news-hostility.ts), and which make their subject an
 * onlooker of a conflict they name (cues.ts).
 */
interface NamingVerb {
  /** Base form. */
  verb: string;
  /** "as" before the predicate: needed ("described X as …"), allowed ("labelled X (as) …"), or never ("called X as a witness" summons). */
  as: 'needs' | 'may' | 'never';
  /**
   * As a cue: `designation` opposes with a hostile label anywhere after it ("designated X as a
   * terrorist group"), `naming` only with one as its predicate ("dubbed X a terrorist"); `contact`
   * is "call", otherwise a phone call; none is no cue.
   */
  cue?: 'designation' | 'naming' | 'contact';
  /** One who names a conflict so is no party to it ("dubbed the conflict …"). */
  onlooker: boolean;
}

const NAMING_TABLE: readonly NamingVerb[] = [
  { verb: 'call', as: 'never', cue: 'contact', onlooker: false },
  { verb: 'label', as: 'may', cue: 'designation', onlooker: true },
  { verb: 'brand', as: 'may', cue: 'designation', onlooker: false },
  { verb: 'dub', as: 'may', cue: 'naming', onlooker: true },
  { verb: 'term', as: 'may', cue: 'naming', onlooker: true },
  { verb: 'describe', as: 'needs', cue: 'naming', onlooker: true },
  { verb: 'characterize', as: 'needs', cue: 'naming', onlooker: true },
  { verb: 'characterise', as: 'needs', cue: 'naming', onlooker: true },
  { verb: 'portray', as: 'needs', onlooker: false },
];

/** Verbs of naming (base forms). */
export const NAMING_VERBS: ReadonlySet<string> = new Set(NAMING_TABLE.map((n) => n.verb));
/** Verbs of naming whose predicate follows "as". */
export const AS_VERBS: ReadonlySet<string> = new Set(NAMING_TABLE.filter((n) => n.as === 'needs').map((n) => n.verb));
/** Verbs of naming that never take "as" before their predicate. */
export const NO_AS_VERBS: ReadonlySet<string> = new Set(NAMING_TABLE.filter((n) => n.as === 'never').map((n) => n.verb));
/** Verbs of naming that are cues of designation (with "designate", which names no predicate of its own). */
export const NAMING_DESIGNATIONS: readonly string[] = NAMING_TABLE.filter((n) => n.cue === 'designation').map((n) => n.verb);
/** Verbs of naming that are cues opposing only with a hostile label as their predicate. */
export const NAMING_CUE_VERBS: readonly string[] = NAMING_TABLE.filter((n) => n.cue === 'naming').map((n) => n.verb);
/** Verbs of naming whose subject is an onlooker of the conflict it names. */
export const NAMING_ONLOOKERS: readonly string[] = NAMING_TABLE.filter((n) => n.onlooker).map((n) => n.verb);
