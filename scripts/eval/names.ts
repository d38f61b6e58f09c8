/** How the eval compares actor names: folded so spelling variants of one name meet. */
import { fold } from '../../server/extract/normalize';

/**
 * Case and diacritics folded, dots and apostrophes dropped, hyphens and underscores as spaces, a
 * leading "the" dropped: "the U.S." and "US", "Türkiye" and "turkiye", the id "united-states" and
 * "United States" give the same key.
 */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/[.'’‘`]/g, '')
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
