/**
 * Data: nouns that head the name of a document or an instrument of law, not of anyone who acts
 * ("the National Security Law", "Executive Order", "our Constitution", "the Dayton Agreement").
 * Source: the kinds of instrument in the Oxford Guide to Treaties' typology (treaty, convention,
 * protocol, charter, agreement, accord, declaration) and of domestic law in US and UK legislative
 * drafting manuals (act, bill, law, code, statute, ordinance, decree, order, resolution, amendment,
 * constitution, regulation), singular and plural.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  (
    'law laws act acts bill bills code statute statutes ordinance decree decrees order orders resolution resolutions ' +
    'amendment amendments constitution regulation regulations treaty treaties convention protocol charter ' +
    'agreement agreements accord accords declaration memorandum'
  ).split(' '),
);
