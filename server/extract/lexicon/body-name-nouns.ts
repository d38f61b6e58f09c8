/**
 * Data: nouns that make a name a body's, never a person's ("Ansar Front", "Kolmoro Council",
 * "Ejército de Liberación Nacional"), besides the kinds in organisation-kinds.ts and the heads in
 * body-head-nouns.ts. Folded (no diacritics), as token norms are. Sources: English, the nouns of
 * forces, parties and offices that name lists in the corpus' dev articles hold (formerly
 * name-lists.ts' BODY_WORDS); Spanish, French and Portuguese, the head nouns of armed groups,
 * parties and banks as their own names write them (Ejército de Liberación Nacional, Frente
 * Farabundo Martí, Front de Libération Nationale, Partido dos Trabalhadores, Movimiento al
 * Socialismo, Mouvement National de Libération de l'Azawad, Banco Central, Union pour la
 * République, Conseil national, Consejo, Fuerzas Armadas, Forces armées).
 */
export const BODY_NAME_NOUNS: ReadonlySet<string> = new Set([
  // English
  'forces', 'force', 'guard', 'guards', 'army', 'party', 'front', 'movement', 'brigade', 'brigades', 'council', 'ministry', 'department', 'office', 'police',
  'government', 'authority', 'authorities', 'state', 'republic', 'kingdom',
  // Spanish, French, Portuguese
  'frente', 'ejercito', 'exercito', 'armee', 'banco', 'banque', 'partido', 'parti', 'movimiento', 'movimento', 'mouvement', 'union', 'uniao',
  'conseil', 'consejo', 'conselho', 'fuerzas', 'forcas', 'alianza', 'alliance', 'alianca', 'congreso', 'congres', 'asamblea', 'assemblee',
]);
