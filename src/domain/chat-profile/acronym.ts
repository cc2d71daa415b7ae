/** Words an acronym skips (SPEC.md section 8), compared case-insensitively. */
const SKIPPED = new Set(['in', 'and', 'the', 'from', 'as', 'or', 'to']);
const FIRST_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The first letter (or digit) of each word of `name`, skipping the SPEC's little words, in the
 * case the name has them: callers upper-case it for sessions and lower-case it for keys.
 * "Healing from sexual trauma" → "Hst"; punctuation-only words contribute nothing.
 */
export function acronym(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => word !== '' && !SKIPPED.has(word.toLowerCase()))
    .map((word) => FIRST_LETTER_OR_DIGIT.exec(word)?.[0] ?? '')
    .join('');
}
