/**
 * Data: the main international organisations that take part in the relations news reports
 * (mediators, sanctioning bodies, parties to talks), with the names and acronyms used in text and
 * where those names come from (each body's own site). Acronyms match only when written in capitals.
 */
import type { ActorKind } from '../../domain/types';

export interface InternationalBody {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: readonly string[];
  /**
   * Names national bodies share ("the National Security Council", "the Ukrainian Red Cross"): they
   * stand for this body only where no other capitalised word is written around them.
   */
  sharedNames?: readonly string[];
  /** Id of the body it belongs to (a UN agency to the UN). */
  affiliation?: string;
  source: string;
}

export const INTERNATIONAL_BODIES: readonly InternationalBody[] = [
  { id: 'united-nations', name: 'United Nations', kind: 'organization', aliases: ['UN', 'U.N.'], source: 'un.org' },
  { id: 'un-security-council', name: 'UN Security Council', kind: 'organization', aliases: ['United Nations Security Council', 'U.N. Security Council', 'UNSC'], sharedNames: ['Security Council'], affiliation: 'united-nations', source: 'un.org/securitycouncil' },
  { id: 'un-general-assembly', name: 'UN General Assembly', kind: 'organization', aliases: ['United Nations General Assembly', 'U.N. General Assembly', 'UNGA'], sharedNames: ['General Assembly'], affiliation: 'united-nations', source: 'un.org/en/ga' },
  { id: 'unhcr', name: 'UN Refugee Agency', kind: 'organization', aliases: ['UNHCR', 'United Nations High Commissioner for Refugees', 'UN High Commissioner for Refugees'], affiliation: 'united-nations', source: 'unhcr.org' },
  { id: 'unicef', name: 'UNICEF', kind: 'organization', aliases: ["United Nations Children's Fund", "UN Children's Fund"], affiliation: 'united-nations', source: 'unicef.org' },
  { id: 'world-food-programme', name: 'World Food Programme', kind: 'organization', aliases: ['WFP', 'World Food Program'], affiliation: 'united-nations', source: 'wfp.org' },
  { id: 'world-health-organization', name: 'World Health Organization', kind: 'organization', aliases: ['WHO', 'World Health Organisation'], affiliation: 'united-nations', source: 'who.int' },
  { id: 'ocha', name: 'UN Office for the Coordination of Humanitarian Affairs', kind: 'organization', aliases: ['OCHA', 'United Nations Office for the Coordination of Humanitarian Affairs'], affiliation: 'united-nations', source: 'unocha.org' },
  { id: 'undp', name: 'UN Development Programme', kind: 'organization', aliases: ['UNDP', 'United Nations Development Programme'], affiliation: 'united-nations', source: 'undp.org' },
  { id: 'unrwa', name: 'UNRWA', kind: 'organization', aliases: ['United Nations Relief and Works Agency', 'UN Relief and Works Agency'], affiliation: 'united-nations', source: 'unrwa.org' },
  { id: 'ohchr', name: 'UN Human Rights Office', kind: 'organization', aliases: ['OHCHR', 'UN High Commissioner for Human Rights', 'Office of the High Commissioner for Human Rights'], affiliation: 'united-nations', source: 'ohchr.org' },
  { id: 'un-human-rights-council', name: 'UN Human Rights Council', kind: 'organization', aliases: ['United Nations Human Rights Council', 'UNHRC'], sharedNames: ['Human Rights Council'], affiliation: 'united-nations', source: 'ohchr.org/en/hrbodies/hrc' },
  { id: 'iaea', name: 'International Atomic Energy Agency', kind: 'organization', aliases: ['IAEA'], source: 'iaea.org' },
  { id: 'icrc', name: 'International Committee of the Red Cross', kind: 'organization', aliases: ['ICRC'], sharedNames: ['Red Cross'], source: 'icrc.org' },
  { id: 'international-criminal-court', name: 'International Criminal Court', kind: 'organization', aliases: ['ICC'], source: 'icc-cpi.int' },
  { id: 'international-court-of-justice', name: 'International Court of Justice', kind: 'organization', aliases: ['ICJ', 'World Court'], affiliation: 'united-nations', source: 'icj-cij.org' },
  { id: 'african-union', name: 'African Union', kind: 'organization', aliases: ['AU', 'African Union Commission', 'AU Commission'], source: 'au.int' },
  { id: 'european-union', name: 'European Union', kind: 'organization', aliases: ['EU', 'E.U.'], source: 'european-union.europa.eu' },
  { id: 'european-commission', name: 'European Commission', kind: 'organization', aliases: [], affiliation: 'european-union', source: 'commission.europa.eu' },
  { id: 'nato', name: 'NATO', kind: 'military', aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'], source: 'nato.int' },
  { id: 'arab-league', name: 'Arab League', kind: 'organization', aliases: ['League of Arab States'], source: 'Wikipedia, "Arab League" (official site lasportal.org)' },
  { id: 'gulf-cooperation-council', name: 'Gulf Cooperation Council', kind: 'organization', aliases: ['GCC', 'Cooperation Council for the Arab States of the Gulf'], source: 'gcc-sg.org' },
  { id: 'asean', name: 'ASEAN', kind: 'organization', aliases: ['Association of Southeast Asian Nations'], source: 'asean.org' },
  { id: 'organization-of-american-states', name: 'Organization of American States', kind: 'organization', aliases: ['OAS'], source: 'oas.org' },
  { id: 'osce', name: 'Organization for Security and Co-operation in Europe', kind: 'organization', aliases: ['OSCE', 'Organization for Security and Cooperation in Europe'], source: 'osce.org' },
  { id: 'organisation-of-islamic-cooperation', name: 'Organisation of Islamic Cooperation', kind: 'organization', aliases: ['OIC', 'Organization of Islamic Cooperation'], source: 'oic-oci.org' },
  { id: 'igad', name: 'Intergovernmental Authority on Development', kind: 'organization', aliases: ['IGAD'], source: 'igad.int' },
  { id: 'ecowas', name: 'Economic Community of West African States', kind: 'organization', aliases: ['ECOWAS'], source: 'ecowas.int' },
  { id: 'sadc', name: 'Southern African Development Community', kind: 'organization', aliases: ['SADC'], source: 'sadc.int' },
  { id: 'east-african-community', name: 'East African Community', kind: 'organization', aliases: ['EAC'], source: 'eac.int' },
  { id: 'g7', name: 'G7', kind: 'organization', aliases: ['Group of Seven', 'G-7'], source: 'Wikipedia, "G7"' },
  { id: 'g20', name: 'G20', kind: 'organization', aliases: ['Group of Twenty', 'G-20'], source: 'g20.org' },
  { id: 'world-bank', name: 'World Bank', kind: 'organization', aliases: [], source: 'worldbank.org' },
  { id: 'imf', name: 'International Monetary Fund', kind: 'organization', aliases: ['IMF'], source: 'imf.org' },
];

/**
 * Rule `subBody` (sub-bodies.ts; issue #12, branch med12): last nouns of an international body's
 * working organ's name ("the OSCE Minsk Group", "the AU Peace and Security Council", "the UN Human
 * Rights Committee"), from the organs these bodies' own sites list (osce.org, au.int, un.org).
 */
export const ORGAN_NOUNS: ReadonlySet<string> = new Set(['group', 'council', 'commission', 'committee', 'panel', 'secretariat', 'directorate']);
