/**
 * Relations official statements and news state without the usual verbs (issue #12, recall round).
 * Made-up sentences only; none is taken from the evaluation corpus.
 */
import { relations, triples } from './helpers';

const WHITE_HOUSE = { outlet: 'The White House', title: 'Statement from President Biden' };

describe('rule finding: a formal finding of atrocities opposes the one found guilty', () => {
  it('"determined that members of A and B committed war crimes" opposes A and B', () => {
    expect(triples('The United States has determined that members of Hamas and Hezbollah committed war crimes.')).toEqual(['united-states opposes hamas', 'united-states opposes hezbollah']);
    expect(triples('Germany concluded that Russia had carried out genocide.')).toEqual(['germany opposes russia']);
  });

  it('reads "we" as the government the statement speaks for', () => {
    expect(triples('We have found that the forces of Russia committed crimes against humanity.', WHITE_HOUSE)).toEqual(['united-states opposes russia']);
  });

  it('needs an atrocity named: other findings and "determined to" oppose nobody', () => {
    expect(triples('The United States determined that Hamas had released the hostages.')).toEqual([]);
    expect(triples('Israel is determined to talk with Egypt about war crimes.')).not.toContain('israel opposes egypt');
    expect(triples('Qatar found that civilians in Egypt were victims of war crimes.')).toEqual([]);
  });
});

describe('"call" as a negotiation noun', () => {
  it('reads readout titles and "held calls with"', () => {
    expect(triples("Secretary Rubio's Call with Ukrainian Foreign Minister Andrii Sybiha")).toEqual(['rubio negotiates sybiha']);
    expect(triples('Rubio held calls with Zelensky.')).toEqual(['rubio negotiates zelensky']);
  });

  it('a call for or on someone is a demand', () => {
    expect(triples('Zelensky answered calls for a ceasefire with Russia.')).toEqual([]);
    expect(triples('Zelensky issued a call on Turkey to mediate.')).toEqual([]);
  });
});

describe('credited achievements: thanks for a part in reaching a deal is mediation', () => {
  it('"thanks X for its role in securing a ceasefire between A and B": X mediates', () => {
    expect(triples('The United States thanks Qatar for its role in securing a ceasefire between Israel and Hamas.')).toEqual(['qatar mediates hamas', 'qatar mediates israel']);
  });

  it('a deal named without parties is between the sides the document reports', () => {
    expect(triples('Israel and Hamas reached a deal. The United States thanks Qatar and Egypt for their leadership in reaching this deal.')).toEqual(
      ['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel', 'qatar mediates hamas', 'qatar mediates israel'],
    );
  });

  it('without any talks reported, the sides of the conflict the document reports', () => {
    expect(triples("Hamas attacked Israel in October. We thank Qatar for its leadership in reaching this deal.")).toEqual(['hamas opposes israel', 'qatar mediates hamas', 'qatar mediates israel']);
  });

  it('needs a word of credit: reaching a deal oneself is negotiation, thanks alone no mediation', () => {
    expect(triples('Israel and Hamas reached a deal. The United States thanked Qatar for reaching the deal.')).toEqual(['hamas negotiates israel']);
    expect(triples('Israel and Hamas reached a deal. The United States thanked Israel for its leadership in reaching the deal.')).toEqual(['hamas negotiates israel']);
  });
});

describe('"A and B agreed to / on …" is negotiation (PAIR_ONLY_CUES)', () => {
  it('relates a coordinated subject', () => {
    expect(triples('The United States and Russia have agreed to ensure safe navigation in the Black Sea.')).toEqual(['russia negotiates united-states']);
    expect(triples('Russia and Ukraine agreed on a prisoner exchange.')).toEqual(['russia negotiates ukraine']);
  });

  it('one side agreeing to something, agreement in opinion, or a negated agreement relates nobody', () => {
    expect(triples("Turkey agreed to Israel's request.")).toEqual([]);
    expect(triples('France and Germany agreed that Iran must not obtain a nuclear weapon.')).toEqual([]);
    expect(triples('Turkey and Russia did not agree on anything.')).toEqual([]);
  });
});

describe('Title Case headings of transcripts ("X And Y Before Their Meeting")', () => {
  it('a name after a title stops at the heading words after it, and "Dr." after a title is a rank', () => {
    expect(triples('Secretary Marco Rubio And Lebanese Foreign Minister Dr. Karim Haddad Before Their Meeting')).toEqual(['karim-haddad negotiates rubio']);
  });

  it('finds the unknown names of a capitalised heading, and no actor "Meeting"', () => {
    const r = relations('Secretary John Miller, Kosovo President Anna Berisha and Kosovo Prime Minister David Krasniqi Before Their Meeting');
    const pairs = r.map((x) => [x.source, x.target].sort().join(' '));
    expect(pairs).toEqual(expect.arrayContaining(['anna-berisha john-miller', 'david-krasniqi john-miller']));
    expect(pairs.join(' ')).not.toMatch(/meeting|before/);
  });
});

describe('"peace process" as a negotiation noun', () => {
  it('relates the pair it is between', () => {
    expect(triples('The peace process between Armenia and Azerbaijan has stalled.')).toEqual(['armenia negotiates azerbaijan']);
  });
});
