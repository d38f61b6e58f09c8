/**
 * The articles the curation tests (CLI, API, page) curate. These are curation tests, not extraction
 * tests: they need actors in the states the operations act on, whatever the extractor's latest rules.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The maintainers' Nile dam text, a dev article of the extraction corpus (test/fixtures/corpus/README.md). */
export const NILE_DAM_FILE = path.join(__dirname, '..', 'fixtures', 'corpus', 'articles', 'maint-nile-dam.txt');
export const NILE_DAM = fs.readFileSync(NILE_DAM_FILE, 'utf8');

/**
 * A short report made up for these tests (no outlet's text, free to share). The reference gazetteer
 * makes every state and body in the Nile dam text a known actor, so this one supplies what curation
 * acts on: provisional actors related to each other ("Al-Gezira", taken for a person, and the "Blue
 * Nile Water Council"), and a second spelling of the Nile text's Badr Abdelatty for a merge.
 */
export const MADE_UP =
  "Badr Abdel Aty, Egypt's top diplomat, condemned Ethiopia's plan on Saturday. Al-Gezira accused the Blue Nile Water Council of closing the canal gates.";
