/**
 * Footnote markers as superscript digits: the form the rows stage recognises at the start of a
 * footnote line (and the form the Markdown export writes them in).
 */
const SUPERSCRIPT_BY_DIGIT: Record<string, string> = {
  '0': '\u2070', '1': '\u00b9', '2': '\u00b2', '3': '\u00b3', '4': '\u2074',
  '5': '\u2075', '6': '\u2076', '7': '\u2077', '8': '\u2078', '9': '\u2079',
};

/** A run of superscript digits, as a cell's text may carry it ("Outcomes¹"). */
export const SUPERSCRIPT_RUN = /[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+/g;

/** A marker that can be written in superscript digits: footnote markers are numbers. */
export function isNumericMarker(marker: string): boolean {
  return /^\d{1,3}$/.test(marker);
}

/** "12" → "¹²". Only for numeric markers (see isNumericMarker). */
export function toSuperscript(digits: string): string {
  return [...digits].map((d) => SUPERSCRIPT_BY_DIGIT[d] ?? d).join('');
}
