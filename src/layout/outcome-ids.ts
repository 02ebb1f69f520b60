/**
 * Outcome ids: reading them where they are printed, and deciding the id each row is meant to
 * have from its section's sequence (A, B, C…; a, b, c…; A1, A2, B1…B5, C…). The sequence wins
 * over the print: an upper-case "C." among lower-case ids is "c", a "1." where "l" belongs is
 * "l" (OCR reads l as 1), a garbled or missing id is the one the sequence expects next.
 */

/** A printed id at the start of the outcome cell: "A:", "A1:", "a.", "C.", "1.", "b)". */
const LEADING_ID = /^\s*([A-Za-z]\d{0,2}|\d{1,2}|[ivx]{2,5})\s*[:.)](?=\s|$)\s*/;
/**
 * The whole content of a separate id column: "C.", "d", "1.". (The spaces after the punctuation
 * are inside its optional group: two neighbouring `\s*` would backtrack quadratically.)
 */
const ID_CELL = /^\s*([A-Za-z]\d{0,2}|\d{1,2})\s*(?:[:.)]\s*)?$/;

export interface LeadingId {
  id: string;
  /** Length of the id prefix (with punctuation and following spaces) to strip from the text. */
  length: number;
}

export function readLeadingId(text: string): LeadingId | null {
  const match = LEADING_ID.exec(text);
  return match ? { id: match[1]!, length: match[0].length } : null;
}

export type PrintedId =
  | { kind: 'id'; text: string }
  | { kind: 'garbled'; text: string }
  | { kind: 'missing' };

/** Reads a separate id column cell. Anything non-empty that is no id is garbled. */
export function readIdCell(text: string): PrintedId {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'missing' };
  const match = ID_CELL.exec(trimmed);
  return match ? { kind: 'id', text: match[1]! } : { kind: 'garbled', text: trimmed };
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

export function romanValue(text: string): number | null {
  const index = ROMAN.indexOf(text);
  return index < 0 ? null : index + 1;
}

export function romanNumeral(value: number): string | null {
  return ROMAN[value - 1] ?? null;
}

export type IdCase = 'upper' | 'lower';

/** The case a section's ids are written in: the majority of its printed letter ids. */
export function sectionCase(printed: readonly PrintedId[]): IdCase {
  let upper = 0;
  let lower = 0;
  for (const p of printed) {
    if (p.kind !== 'id' || !/^[A-Za-z]/.test(p.text)) continue;
    if (/^[A-Z]/.test(p.text)) upper++;
    else lower++;
  }
  return lower > upper ? 'lower' : 'upper';
}

function nextLetter(letter: string): string | null {
  if (letter === 'z' || letter === 'Z') return null;
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}

function applyCase(id: string, idCase: IdCase): string {
  return idCase === 'lower' ? id.toLowerCase() : id.toUpperCase();
}

/** Ids that may open a section. */
export function sequenceStarts(idCase: IdCase): string[] {
  return idCase === 'lower' ? ['a', 'a1'] : ['A', 'A1'];
}

/** Ids that may follow `id` in a section: the next number of the same letter, the next letter, or the next letter's first number. */
export function successors(id: string, idCase: IdCase): string[] {
  const match = /^([A-Za-z])(\d{1,2})?$/.exec(id);
  if (!match) return [];
  const [, letter, number] = match;
  const next = nextLetter(letter!);
  const result: string[] = [];
  if (number !== undefined) result.push(`${letter}${Number(number) + 1}`);
  if (next) result.push(next, `${next}1`);
  return result.map((r) => applyCase(r, idCase));
}

/** What an OCR engine reads instead of a letter. */
const DIGIT_FOR_LETTER: Record<string, string[]> = {
  '1': ['l', 'i'],
  '0': ['o'],
  '5': ['s'],
  '8': ['b'],
  '6': ['b'],
  '2': ['z'],
};

/** Readings of a printed id that the expected ids are compared with: case folded, digits read as letters. */
function readings(printed: string, idCase: IdCase): string[] {
  const out = new Set<string>([applyCase(printed, idCase)]);
  const letters = DIGIT_FOR_LETTER[printed[0]!];
  if (letters && /^\d$/.test(printed)) for (const l of letters) out.add(applyCase(l, idCase));
  return [...out];
}

export type IdDecision =
  | { id: string; how: 'printed' }
  | { id: string; how: 'repaired' }
  | { id: string; how: 'inferred' }
  | { id: string; how: 'out-of-sequence' };

/**
 * Decides the intended id of each row of one section from what was printed. `printed[i]` is the
 * id printed for row i. Gaps are filled from the sequence, looking one row ahead so a missing id
 * between "A2" and "B2" becomes "B1".
 */
export function decideIds(printed: readonly PrintedId[]): IdDecision[] {
  const idCase = sectionCase(printed);
  const decisions: IdDecision[] = [];
  let previous: string | null = null;
  printed.forEach((p, i) => {
    const expected = previous === null ? sequenceStarts(idCase) : successors(previous, idCase);
    let decision: IdDecision;
    if (p.kind === 'id' && expected.includes(p.text)) {
      decision = { id: p.text, how: 'printed' };
    } else if (p.kind === 'id') {
      const repaired = readings(p.text, idCase).find((r) => expected.includes(r));
      const asLetter = applyCase(p.text, idCase);
      if (repaired) decision = { id: repaired, how: repaired === p.text ? 'printed' : 'repaired' };
      else if (/^[A-Za-z]\d{0,2}$/.test(p.text) && (previous === null || order(asLetter) > order(previous))) {
        // A forward gap: roadmaps quote only some outcomes of a WSIS document, so letters may be skipped.
        decision = { id: asLetter, how: asLetter === p.text ? 'printed' : 'repaired' };
      } else if (/^[A-Za-z]\d{0,2}$/.test(p.text)) decision = { id: asLetter, how: asLetter === p.text ? 'out-of-sequence' : 'repaired' };
      else decision = { id: expected[0] ?? p.text, how: 'inferred' };
    } else {
      decision = { id: chooseByLookahead(expected, printed[i + 1], idCase), how: 'inferred' };
    }
    decisions.push(decision);
    previous = decision.id;
  });
  return decisions;
}

/** Position of an id in its sequence: letter first, then number (A < A1 < A2 < B). */
function order(id: string): number {
  const match = /^([A-Za-z])(\d{0,2})$/.exec(id);
  return match ? (match[1]!.toLowerCase().charCodeAt(0) - 96) * 100 + Number(match[2] || 0) : -1;
}

function chooseByLookahead(expected: readonly string[], next: PrintedId | undefined, idCase: IdCase): string {
  if (next && next.kind === 'id') {
    const fits = expected.find((candidate) => {
      const after = successors(candidate, idCase);
      return readings(next.text, idCase).some((r) => after.includes(r));
    });
    if (fits) return fits;
  }
  return expected[0] ?? '?';
}
