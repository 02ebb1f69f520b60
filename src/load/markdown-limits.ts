/**
 * Limits a Markdown source must fit in before it is parsed. The parser (micromark, under
 * remark-parse) recurses per level of container nesting and rescans open link brackets, so 2,000
 * nested block quotes overflow the stack and 50,000 nested "[" take tens of seconds. No roadmap
 * nests a dozen levels; these limits are two orders of magnitude above that and fail in one line.
 */
import { InputError } from '../errors.js';

export const MARKDOWN_LIMITS = {
  /** Characters of the whole text. */
  chars: 64 * 2 ** 20,
  /** Block quotes and list items inside each other (markers at a line's start, or indentation). */
  depth: 100,
  /** "[" open at once in one line (link labels inside link labels). */
  brackets: 100,
} as const;

/** Leading container markers of a line: "> ", "- ", "* ", "+ ", "1. ", "1) ". */
const MARKERS = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?:[ \t]+|$))*/;

export function checkMarkdownLimits(text: string, file: string): void {
  if (text.length > MARKDOWN_LIMITS.chars) {
    throw new InputError(file, `the Markdown text is ${text.length.toLocaleString('en-US')} characters long: over the limit of ${MARKDOWN_LIMITS.chars.toLocaleString('en-US')}`);
  }
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lead = MARKERS.exec(text.slice(start, Math.min(end, start + 20 * MARKDOWN_LIMITS.depth)))![0];
    const markers = (lead.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    let indent = 0;
    while (start + indent < end && (text[start + indent] === ' ' || text[start + indent] === '\t')) indent++;
    if (markers > MARKDOWN_LIMITS.depth || indent > 4 * MARKDOWN_LIMITS.depth) {
      throw new InputError(file, `Markdown blocks nested more than ${MARKDOWN_LIMITS.depth} deep (block quotes or lists inside each other)`, line);
    }
    let open = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x5c) i++;
      else if (c === 0x5b && ++open > MARKDOWN_LIMITS.brackets) {
        throw new InputError(file, `more than ${MARKDOWN_LIMITS.brackets} "[" open at once in one line (link labels nested in link labels)`, line);
      } else if (c === 0x5d && open > 0) open--;
    }
    start = end + 1;
  }
}
