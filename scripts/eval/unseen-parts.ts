/**
 * The dev parts kept unseen: the last part added as an unseen check of a session's extraction
 * changes (test/fixtures/corpus/README.md). Nobody writes rules from them, so `npm run eval` never
 * shows their articles one by one — no per-article rows, differences, diagnosis or `--article` —
 * and counts them only in the dev totals and in `--unseen PART`'s figures. When a newer part takes
 * over as the unseen check, the older one may be released here and read like the rest of dev.
 */
export const KEPT_UNSEEN_PARTS: ReadonlySet<string> = new Set(['n']);
