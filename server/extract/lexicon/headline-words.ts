/**
 * Data: words a Title Case heading writes right after a titled person's name, that say what the
 * person does or what the item is ("Secretary Roe Travels to …", "Special Envoy Roe Meets …",
 * "Secretary Roe’ Call with …"). Source: the heading wording of State Department and White House
 * readouts and travel announcements (dev misses, branch names18: a heading's "Secretary X Travels"
 * read as the organisation "X Travels"). Folded to lower case. Left out: words that are also family
 * names ("Rice", "Holds" is kept out as "Hold" is a surname's stem too) and plain nouns that end
 * names of bodies ("Group", "Office").
 */
export const HEADLINE_WORDS_AFTER_NAME: readonly string[] = [
  // What the person does, in the heading's present tense.
  'travels', 'meets', 'visits', 'speaks', 'calls', 'hosts', 'welcomes', 'announces', 'condemns', 'urges',
  'joins', 'delivers', 'discusses', 'attends', 'receives', 'concludes', 'departs', 'arrives', 'returns',
  'congratulates', 'thanks', 'remarks',
  // What the item is.
  'call', 'meeting', 'visit', 'travel', 'trip', 'statement', 'readout', 'interview', 'phone',
];
