/**
 * Data: verbs of letting captives go (rule `demandedRelease`, server/extract/demanded-release.ts).
 * A demand that one release another says the one asked holds the other now: detention of named
 * people, which the corpus README's part d conventions count as opposes ("executions or detention
 * of named people by a regime are opposes"). Source: those conventions, and the dev misses of
 * session 18 (stage "cue": "calling for X to release, immediately and unconditionally, Y and Z").
 * Not "free" (an adjective as often: "free and fair elections") nor "return" (of goods and land as often).
 */
export const RELEASE_VERBS: readonly string[] = ['release'];
