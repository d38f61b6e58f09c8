/**
 * A small gazetteer of a conflict other than the bundled articles' (Russia / Ukraine talks with
 * Gulf mediation, plus a few others), for rule tests with sentences written for these tests.
 */
import type { Actor } from '../../server/domain/types';

export const GAZETTEER: Actor[] = [
  { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow', 'the Kremlin'] },
  { id: 'ukraine', name: 'Ukraine', kind: 'state', aliases: ['Kyiv'] },
  { id: 'saudi-arabia', name: 'Saudi Arabia', kind: 'state', aliases: ['Riyadh'] },
  { id: 'turkey', name: 'Turkey', kind: 'state', aliases: ['Ankara'] },
  { id: 'united-states', name: 'United States', kind: 'state', aliases: ['U.S.', 'Washington'] },
  { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['Doha'] },
  { id: 'egypt', name: 'Egypt', kind: 'state', aliases: ['Cairo'] },
  { id: 'israel', name: 'Israel', kind: 'state', aliases: [] },
  { id: 'hamas', name: 'Hamas', kind: 'organization', aliases: [] },
  { id: 'nato', name: 'NATO', kind: 'organization', aliases: ['North Atlantic Treaty Organization'] },
  { id: 'russian-army', name: 'Russian Armed Forces', kind: 'military', affiliation: 'russia', aliases: ['Russian army', 'Russian forces'] },
  { id: 'fsb', name: 'Federal Security Service', kind: 'military', affiliation: 'russia', aliases: ['FSB'] },
  { id: 'putin', name: 'Vladimir Putin', kind: 'person', affiliation: 'russia', role: 'Russian President', aliases: [] },
  { id: 'zelensky', name: 'Volodymyr Zelensky', kind: 'person', affiliation: 'ukraine', role: 'Ukrainian President', aliases: ['Zelenskyy'] },
  { id: 'lavrov', name: 'Sergei Lavrov', kind: 'person', affiliation: 'russia', role: 'Russian Foreign Minister', aliases: [] },
  { id: 'sybiha', name: 'Andrii Sybiha', kind: 'person', affiliation: 'ukraine', role: 'Ukrainian Foreign Minister', aliases: [] },
  { id: 'mbs', name: 'Mohammed bin Salman', kind: 'person', affiliation: 'saudi-arabia', role: 'Saudi Crown Prince', aliases: [] },
  { id: 'bortnikov', name: 'Alexander Bortnikov', kind: 'person', affiliation: 'fsb', role: 'FSB Director', aliases: [] },
  { id: 'armenia', name: 'Armenia', kind: 'state', aliases: ['Yerevan'] },
  { id: 'azerbaijan', name: 'Azerbaijan', kind: 'state', aliases: ['Baku'] },
  { id: 'european-union', name: 'European Union', kind: 'organization', aliases: ['EU', 'Brussels'] },
  { id: 'pashinyan', name: 'Nikol Pashinyan', kind: 'person', affiliation: 'armenia', role: 'Armenian Prime Minister', aliases: [] },
  { id: 'aliyev', name: 'Ilham Aliyev', kind: 'person', affiliation: 'azerbaijan', role: 'Azerbaijani President', aliases: [] },
  { id: 'iran', name: 'Iran', kind: 'state', aliases: ['Tehran'] },
  { id: 'china', name: 'China', kind: 'state', aliases: ['Beijing'] },
  { id: 'united-kingdom', name: 'United Kingdom', kind: 'state', aliases: ['London'] },
  { id: 'france', name: 'France', kind: 'state', aliases: ['Paris'] },
  { id: 'germany', name: 'Germany', kind: 'state', aliases: ['Berlin'] },
  { id: 'sudan', name: 'Sudan', kind: 'state', aliases: ['Khartoum'] },
  { id: 'hezbollah', name: 'Hezbollah', kind: 'organization', aliases: [] },
  { id: 'rubio', name: 'Marco Rubio', kind: 'person', affiliation: 'united-states', role: 'U.S. Secretary of State', aliases: [] },
];
