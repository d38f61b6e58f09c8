/** The document's own voice (server/extract/author.ts): made-up statements and transcripts. */
import * as surnames from '../../server/extract/surnames';
import { triples } from './helpers';

const STATE_DEPT = { outlet: 'Ministry of Foreign Affairs of Ruritania' };

describe('rule author.person: "I" is the issuer the title or byline names', () => {
  it('takes the person from a title "Statement by <title> <name> on …"', () => {
    const doc = 'Earlier this week I met Prime Minister Pashinyan in Yerevan to discuss the border.';
    expect(triples(doc, { title: 'Statement by Ambassador Lena Vorhees on the Caucasus' })).toContain('lena-vorhees negotiates pashinyan');
  });

  it('takes the person from a byline paragraph "<name>, <title>"', () => {
    const doc = 'Talks in Baku\n\nMarta Oyelaran, Special Envoy\n\nToday I spoke with President Aliyev about the next round.';
    expect(triples(doc)).toContain('aliyev negotiates marta-oyelaran');
  });

  it('finds no person when the title names none', () => {
    const doc = 'Today I spoke with President Aliyev about the next round.';
    expect(triples(doc, { title: 'Progress in the Caucasus' })).toEqual([]);
  });

  it('takes no byline from a paragraph that opens by addressing listeners ("Friends, today I met …")', () => {
    const doc = 'Remarks on the talks\n\nFriends, today I met with President Kofi Mensah of Ghana.';
    expect(triples(doc, STATE_DEPT)).toEqual([]);
  });

  it('reads "Friends," before "I" as addressing the listeners, not an actor', () => {
    const doc = 'THE ENVOY: Friends, today I met President Zelensky.';
    expect(triples(doc, { title: 'Remarks by Envoy Tomas Brandt on Ukraine' })).toEqual(['tomas-brandt negotiates zelensky']);
  });
});

describe('rule author.government: "we" is the state of a government outlet', () => {
  it('reads "we" in a ministry statement as its state', () => {
    expect(triples('We condemn Russia’s strikes on Kyiv.', { outlet: 'U.S. Department of State' })).toContain('united-states opposes russia');
  });

  it('does not read "we" as the country a news outlet is named after', () => {
    expect(triples('We condemn Russia’s strikes on Kyiv.', { outlet: 'Radio Free America' })).not.toContain('united-states opposes russia');
  });

  it('reads nobody in a joint statement of several governments', () => {
    const doc = 'Joint statement of France, Germany and the United Kingdom\n\nWe condemn Iran’s attacks on shipping.';
    expect(triples(doc, STATE_DEPT)).not.toContain('united-states opposes iran');
    expect(triples(doc, { outlet: 'U.S. Department of State' })).not.toContain('united-states opposes iran');
  });

  it('leaves "we" inside quotation marks to whoever is quoted', () => {
    expect(triples('A diplomat said: “We condemn the attack on Israel.”', { outlet: 'U.S. Department of State' })).not.toContain('united-states opposes israel');
  });
});

describe('rule author.turns: in a transcript only the author\'s turns speak for the author', () => {
  const title = 'Remarks by Minister Ada Kruger and President Aliyev';
  it('credits the author label\'s "I", not the questioner\'s', () => {
    const doc = 'Ada Kruger, Foreign Minister\n\nMINISTER KRUGER: This morning I met President Zelensky.\n\nQ: Yesterday I spoke with Prime Minister Pashinyan, did you?';
    const found = triples(doc, { title });
    expect(found).toContain('ada-kruger negotiates zelensky');
    expect(found).not.toContain('ada-kruger negotiates pashinyan');
  });

  it('credits a label made only of the author\'s title words', () => {
    const doc = 'THE PRESIDENT: Good evening. This afternoon I had a long meeting with Prime Minister Pashinyan.';
    expect(triples(doc, { title: 'Remarks by President Olav Dunmore' })).toContain('olav-dunmore negotiates pashinyan');
  });
});

describe('rule speakerVoice: a transcript speaker the document knows speaks for themselves', () => {
  const title = 'Joint press availability in Geneva';
  it('reads "I" and "we" of a known person\'s label as that person and their state', () => {
    const doc = 'FOREIGN MINISTER LAVROV: We condemn the shelling by Ukraine. Yesterday I met Secretary Rubio.';
    const found = triples(doc, { title, outlet: 'U.S. Department of State' });
    expect(found).toContain('russia opposes ukraine');
    expect(found).toContain('lavrov negotiates rubio');
    expect(found).not.toContain('united-states opposes ukraine');
  });

  it('reads a label by surname alone, and keeps the voice for the paragraphs after it until the next label', () => {
    const doc = 'PASHINYAN: Thank you.\n\nWe condemn the attack by Azerbaijan.\n\nQUESTION: We condemn Iran.';
    const found = triples(doc, { title });
    expect(found).toContain('armenia opposes azerbaijan');
    expect(found.some((t) => t.endsWith('opposes iran'))).toBe(false);
  });

  it('reads a person the document named before by the surname in the label', () => {
    const doc = 'Foreign Minister Kofi Boateng of Ghana spoke first.\n\nMINISTER BOATENG: Today I met President Aliyev.';
    expect(triples(doc, { title })).toContain('aliyev negotiates kofi-boateng');
  });

  it('reads a government outlet\'s briefer ("MS. OKAFOR:") as speaking for its government, not a questioner', () => {
    const doc = 'MS. OKAFOR: We condemn the strikes by Russia on Kyiv.\n\nQUESTION: Do you condemn Israel?\n\nQ: We condemn Iran.';
    const found = triples(doc, { title: 'Department Press Briefing', outlet: 'U.S. Department of State' });
    expect(found).toContain('united-states opposes russia');
    expect(found).not.toContain('united-states opposes iran');
  });

  it('gives a guest labelled with another honorific ("DR.", "SHEIKH", "GEN.") no government voice at a joint appearance', () => {
    const outlet = { title: 'Joint press availability', outlet: 'U.S. Department of State' };
    for (const label of ['DR. TOMAS REYNA', 'SHEIKH HAMAD', 'GEN. OKORO', 'HIS EXCELLENCY AL-MANSOURI']) {
      expect(triples(`SECRETARY RUBIO: Thank you.\n\n${label}: We condemn the strikes by Israel.`, outlet)).not.toContain('united-states opposes israel');
    }
  });

  it('gives an unknown speaker no voice outside a government outlet, and an unknown title no voice anywhere', () => {
    expect(triples('MS. OKAFOR: We condemn the strikes by Russia on Kyiv.', { title })).toEqual(['russia opposes ukraine']);
    const doc = 'MODERATOR: We condemn the strikes by Russia on Kyiv.';
    expect(triples(doc, { title: 'Department Press Briefing', outlet: 'U.S. Department of State' })).not.toContain('united-states opposes russia');
  });
});

describe('rule speakerVoice on a long transcript', () => {
  afterEach(() => jest.restoreAllMocks());

  // Each label looks its speaker up among the document's names: indexing the names again at each
  // label (as new names are learned past discovery's budget) would make a long transcript quadratic.
  it('indexes the document\'s names a bounded number of times, however many labels', () => {
    const index = jest.spyOn(surnames, 'surnameOwners');
    const surname = (i: number): string => `Ka${[...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}ro`;
    let transcript = '';
    for (let i = 0; transcript.length < 120_000; i++) transcript += `Foreign Minister Kofi ${surname(i)} of Ghana condemned Russia.\n\nMINISTER ${surname(i).toUpperCase()}: We met President Aliyev.\n\n`;
    triples(transcript);
    expect(index.mock.calls.length).toBeLessThan(10);
  }, 60_000);
});

describe('rule ownOffice: "the Department" in a government office\'s statement is that government', () => {
  const signed = 'Marta Oyelaran, Secretary of State\n\n';
  const outlet = { outlet: 'U.S. Department of State', title: 'Designation of the Kestrel Front' };
  it('reads "the Department", "the Administration" as the government acting, not the signing official', () => {
    const found = triples(`${signed}Today the Department is designating Hezbollah as a terrorist organization. The Administration has also sanctioned Iran.`, outlet);
    expect(found).toContain('united-states opposes hezbollah');
    expect(found).toContain('united-states opposes iran');
    expect(found.some((t) => t.startsWith('marta-oyelaran opposes'))).toBe(false);
  });

  it('leaves "the Department of …", another government and quoted or news-outlet text alone', () => {
    expect(triples(`${signed}The Government of Iran condemned Israel.`, outlet)).not.toContain('united-states opposes israel');
    expect(triples(`${signed}An envoy said: “The Department condemns Israel.”`, outlet)).not.toContain('united-states opposes israel');
    expect(triples('Today the Department condemned Israel.', { outlet: 'Reuters' })).not.toContain('united-states opposes israel');
    expect(triples(`${signed}The department store in Kyiv was hit by Russia.`, outlet)).not.toContain('united-states opposes russia');
  });
});
