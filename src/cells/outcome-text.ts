/**
 * The outcome cell after its id: the outcome's wording, and the enumerated list it may hold
 * ("in order to: D1: broaden ... D2: encourage ...", "inter alia: i. develop ...; ii. identify
 * ...", "(a) ... (b) ..."). The text keeps the list as printed; the sub-items repeat its parts.
 */
import type { Diagnostics, Place } from '../diagnostics.js';
import type { SubItem } from '../schema/roadmap.js';
import { foldWhitespace } from './cell-content.js';

type Kind = 'code' | 'roman' | 'letter';

interface Marker {
  kind: Kind;
  /** Letters of a "D1:" marker; '' for the other kinds. */
  prefix: string;
  /** Position in its sequence, from 1. */
  index: number;
  id: string;
  start: number;
  end: number;
}

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

// Candidates, each at a token start and followed by a space:
// "D1:" / "D1." (letters and a number), "i." / "ii)" / "(iii)" (roman), "(a)" / "a)" (letter).
const MARKER =
  /(?<![\w-])(?:(?<code>[A-Z]{1,3})(?<codeN>\d{1,2})[:.]|\((?<pRoman>[ivx]{1,5})\)|(?<roman>[ivx]{1,5})[.)]|\((?<pLetter>[a-z])\)|(?<letter>[a-z])\))(?=\s)/g;

function candidates(text: string): Marker[] {
  const out: Marker[] = [];
  for (const m of text.matchAll(MARKER)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (g.code !== undefined) {
      out.push({ kind: 'code', prefix: g.code, index: Number(g.codeN), id: `${g.code}${Number(g.codeN)}`, start, end });
      continue;
    }
    const roman = g.pRoman ?? g.roman;
    const romanIndex = roman === undefined ? -1 : ROMANS.indexOf(roman);
    if (roman !== undefined && romanIndex >= 0) out.push({ kind: 'roman', prefix: '', index: romanIndex + 1, id: roman, start, end });
    // "(i)" or "(v)" may also be a letter of an (a), (b), ... list: both readings are offered.
    const letter = g.pLetter ?? g.letter ?? (roman !== undefined && roman.length === 1 && m[0].startsWith('(') ? roman : undefined);
    if (letter !== undefined) {
      out.push({ kind: 'letter', prefix: '', index: letter.charCodeAt(0) - 96, id: letter, start, end });
    }
  }
  return out;
}

/** A list starts after a colon or at the start of a sentence. */
function isIntroduced(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start).trimEnd();
  return before === '' || /[:.;!?]$/.test(before);
}

export function parseOutcomeText(text: string, _place: Place, _diag: Diagnostics): { text: string; subItems: SubItem[] } {
  const folded = foldWhitespace(text);
  const accepted: Marker[] = [];
  for (const c of candidates(folded)) {
    const last = accepted[accepted.length - 1];
    if (last ? last.kind === c.kind && last.prefix === c.prefix && c.index === last.index + 1 && c.start >= last.end : c.index === 1 && isIntroduced(folded, c.start)) {
      accepted.push(c);
    }
  }
  const subItems = accepted.map((m, k) => ({
    id: m.id,
    text: folded.slice(m.end, accepted[k + 1]?.start ?? folded.length).trim(),
  }));
  return { text: folded, subItems };
}
