/** Each extracted relation says which rule found it, its cue, and where cue and arguments stand in the text. */
import { extractRelations } from '../../server/extract';

const evidenceOf = (text: string, source: string, type: string, target: string) => {
  const r = extractRelations(text, [], { documentId: 'd' }).relations.find((x) => x.source === source && x.type === type && x.target === target);
  if (!r) throw new Error(`no ${source} ${type} ${target}`);
  return r.evidence[0];
};
const at = (text: string, span: [number, number]): string => text.slice(span[0], span[1]);

describe('relation provenance', () => {
  it('a verb with subject and object: rule, cue and the three spans', () => {
    const text = 'On Monday, Ghana condemned Togo.';
    const e = evidenceOf(text, 'ghana', 'opposes', 'togo');
    expect(e.rule).toBe('opposes.verb');
    expect(e.cue).toBe('condemn');
    expect(at(text, e.spans.cue)).toBe('condemned');
    expect(at(text, e.spans.source)).toBe('Ghana');
    expect(at(text, e.spans.target)).toBe('Togo');
  });

  it('names the passive and the mediation rules', () => {
    expect(evidenceOf('Togo was condemned by Ghana.', 'ghana', 'opposes', 'togo').rule).toBe('opposes.passive');
    const text = 'Qatar mediated between Ghana and Togo.';
    const e = evidenceOf(text, 'qatar', 'mediates', 'togo');
    expect(e.rule).toBe('mediates.mediationPair');
    expect(at(text, e.spans.source)).toBe('Qatar');
    expect(at(text, e.spans.target)).toBe('Togo');
  });
});
