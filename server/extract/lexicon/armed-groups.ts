/**
 * Data: armed movements and state armed forces that news names as parties to conflicts across the
 * world (attackers, targets, parties to ceasefires), with the names used in English-language news
 * and where those names come from. Names that are also common words or surnames are left out
 * ("Wagner" alone, "IS"); acronyms match only when written in capitals.
 * Sources: U.S. Department of State, "Foreign Terrorist Organizations" (state.gov/foreign-terrorist-
 * organizations, names and aliases as designated), and the Wikipedia article of each group.
 */
import type { ActorKind } from '../../domain/types';

export interface ArmedGroup {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: readonly string[];
  /** ISO 3166-1 alpha-2 code of the state whose forces these are (none for non-state groups). */
  state?: string;
  source: string;
}

const FTO = 'U.S. Department of State, "Foreign Terrorist Organizations" list';

export const ARMED_GROUPS: readonly ArmedGroup[] = [
  { id: 'hamas', name: 'Hamas', kind: 'organization', aliases: ['Islamic Resistance Movement', 'HAMAS'], source: FTO },
  { id: 'hezbollah', name: 'Hezbollah', kind: 'organization', aliases: ['Hizballah', 'Hizbullah', 'Hizbollah'], source: FTO },
  { id: 'houthis', name: 'Houthis', kind: 'organization', aliases: ['Houthi', 'Houthi movement', 'Ansarallah', 'Ansar Allah'], source: `${FTO} (Ansarallah); Wikipedia, "Houthis"` },
  { id: 'palestinian-islamic-jihad', name: 'Palestinian Islamic Jihad', kind: 'organization', aliases: ['PIJ'], source: FTO },
  { id: 'islamic-state', name: 'Islamic State', kind: 'organization', aliases: ['ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant'], source: FTO },
  { id: 'al-qaeda', name: 'al-Qaeda', kind: 'organization', aliases: ['al-Qaida', 'Al Qaeda', 'Al-Qaeda'], source: FTO },
  { id: 'al-shabaab', name: 'al-Shabaab', kind: 'organization', aliases: ['al-Shabab', 'Al Shabaab', 'Al-Shabaab'], source: FTO },
  { id: 'boko-haram', name: 'Boko Haram', kind: 'organization', aliases: [], source: FTO },
  { id: 'taliban', name: 'Taliban', kind: 'organization', aliases: [], source: 'Wikipedia, "Taliban"' },
  { id: 'hayat-tahrir-al-sham', name: 'Hayat Tahrir al-Sham', kind: 'organization', aliases: ['HTS', 'Hay’at Tahrir al-Sham', "Hay'at Tahrir al-Sham"], source: `${FTO} (al-Nusrah Front / HTS)` },
  { id: 'm23', name: 'M23', kind: 'military', aliases: ['March 23 Movement'], source: 'Wikipedia, "March 23 Movement"' },
  { id: 'rapid-support-forces', name: 'Rapid Support Forces', kind: 'military', aliases: ['RSF'], source: 'Wikipedia, "Rapid Support Forces"' },
  { id: 'wagner-group', name: 'Wagner Group', kind: 'military', aliases: [], source: 'Wikipedia, "Wagner Group"' },
  { id: 'pkk', name: 'PKK', kind: 'organization', aliases: ['Kurdistan Workers’ Party', "Kurdistan Workers' Party"], source: FTO },
  { id: 'syrian-democratic-forces', name: 'Syrian Democratic Forces', kind: 'military', aliases: ['SDF'], source: 'Wikipedia, "Syrian Democratic Forces"' },
  { id: 'tplf', name: 'Tigray People’s Liberation Front', kind: 'organization', aliases: ['TPLF', "Tigray People's Liberation Front"], source: 'Wikipedia, "Tigray People\'s Liberation Front"' },
  { id: 'farc', name: 'FARC', kind: 'organization', aliases: ['Revolutionary Armed Forces of Colombia'], source: 'Wikipedia, "FARC"' },
  { id: 'polisario-front', name: 'Polisario Front', kind: 'organization', aliases: ['Polisario'], source: 'Wikipedia, "Polisario Front"' },
  { id: 'irgc', name: 'Islamic Revolutionary Guard Corps', kind: 'military', aliases: ['IRGC', 'Revolutionary Guard Corps', 'Revolutionary Guards'], state: 'IR', source: `${FTO}; Wikipedia, "Islamic Revolutionary Guard Corps"` },
  { id: 'israel-defense-forces', name: 'Israel Defense Forces', kind: 'military', aliases: ['IDF', 'Israeli Defense Forces'], state: 'IL', source: 'Wikipedia, "Israel Defense Forces"' },
];
