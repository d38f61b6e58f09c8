/** How the eval compares actor names: folded so spelling variants of one name meet. */
import { fold } from '../../server/extract/normalize';
import { withoutGenerationalSuffix } from '../../server/extract/tokens';

/**
 * Case and diacritics folded, dots and apostrophes dropped, hyphens and underscores as spaces, a
 * leading "the" and a generational suffix dropped: "the U.S." and "US", "Türkiye" and "turkiye",
 * the id "united-states" and "United States", "Joseph R. Biden, Jr." and "Joseph R. Biden" give the
 * same key (extraction reads the suffix as the end of the name: rule `nameSuffix`).
 */
export function nameKey(name: string): string {
  return fold(withoutGenerationalSuffix(name))
    .replace(/[.'’‘`]/g, '')
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
