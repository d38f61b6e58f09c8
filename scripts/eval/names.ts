/** How the eval compares actor names: folded so spelling variants of one name meet. */
import { APOSTROPHE, APOSTROPHE_RE, fold } from '../../server/extract/normalize';
import { withoutGenerationalSuffix } from '../../server/extract/tokens';

/** A middle initial between two words of a name ("Lloyd J. Austin"): gold and gazetteer write one person with and without it. */
const MIDDLE_INITIAL = /(?<=\p{L}{2}) \p{L}\.? (?=\p{L}{2})/gu;
/** A regnal or generational numeral ending a name of two words or more ("Lloyd J. Austin III"), folded. */
const NUMERAL_AT_END = /(?<=\p{L} \p{L}+) (?:ii|iii|iv)$/u;
/** The Arabic article written before a word of a name ("al-Alimi", "Al Sisi", "el-Sisi"), which gold and text keep or drop. */
const ARABIC_ARTICLE = /(?<=^| )(?:al|el) (?=\p{L}{2})/gu;
/** A possessive ending, which annotators sometimes kept in an alias ("Putin’s"). */
const POSSESSIVE_AT_END = new RegExp(`${APOSTROPHE}s$`, 'u');

/**
 * Case and diacritics folded, dots and apostrophes dropped, hyphens and underscores as spaces, a
 * leading "the", a generational suffix or numeral, a middle initial and a possessive ending dropped:
 * "the U.S." and "US", "Türkiye" and "turkiye", the id "united-states" and "United States",
 * "Joseph R. Biden, Jr." and "Joseph Biden", "Lloyd J. Austin III" and "Lloyd Austin" give the same
 * key (extraction reads the suffix as the end of the name: rule `nameSuffix`; a gazetteer entry
 * names a person without the initial the gold keeps, or the other way round).
 */
export function nameKey(name: string): string {
  return fold(withoutGenerationalSuffix(name))
    .replace(POSSESSIVE_AT_END, '')
    .replace(MIDDLE_INITIAL, ' ')
    .replace(NUMERAL_AT_END, '')
    .replace(/\./g, '')
    .replace(APOSTROPHE_RE, '')
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(ARABIC_ARTICLE, '');
}
