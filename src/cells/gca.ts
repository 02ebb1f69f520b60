/**
 * After the "GCA" label: the Global Cybersecurity Agenda pillars the outcome serves, printed
 * as "1. Legal Measures 2.Technical and Procedural Measures ...", by number, name or both.
 */
import type { Diagnostics, Place } from '../diagnostics.js';
import { GCA_PILLARS } from '../registry/codes.js';
import { quote } from './quote.js';
import { LIST_SEPARATOR, type Scanner } from './scanner.js';

const NUMBER = /(\d+)\s?[.):]?/y;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One sticky pattern per pillar name; words may be glued or spaced ("2.Technical and ...").
// Exported for the ReDoS check of every regex (test/regex).
export const NAMES = GCA_PILLARS.map((p) => ({
  n: p.n,
  name: p.name,
  pattern: new RegExp(`${p.name.split(/\s+/).map(escape).join('\\s?')}(?!\\w)`, 'iy'),
}));

function takeName(s: Scanner): { n: number; name: string } | null {
  if (!s.more()) return null;
  for (const candidate of NAMES) if (s.take(candidate.pattern)) return candidate;
  return null;
}

/** Are two words one edit apart at most (a letter dropped, added or changed)? */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j <= 1;
}

/** A pillar name's word this long or longer is told apart from others even with one letter misread. */
const MISREAD_NAME_WORD = 6;

/**
 * A word one letter off a long word of a pillar's name ("apacity" for "Capacity"): an OCR copy
 * that lost the pillar's number and misread its name. Only pillars not yet listed.
 */
function takeMisreadName(s: Scanner, listed: readonly number[]): { n: number; name: string; printed: string } | null {
  const word = /^[A-Za-z]+/.exec(s.rest())?.[0];
  if (!word || word.length < MISREAD_NAME_WORD - 1) return null;
  const found = NAMES.find(
    (p) => !listed.includes(p.n) && p.name.split(/\s+/).some((w) => w.length >= MISREAD_NAME_WORD && withinOneEdit(w.toLowerCase(), word.toLowerCase())),
  );
  if (!found) return null;
  s.advance(word.length);
  return { n: found.n, name: found.name, printed: word };
}

/** Pillar numbers read from the GCA label's body. */
export function readGcaPillars(s: Scanner, placeAt: (offset: number) => Place, diag: Diagnostics): number[] {
  const pillars: number[] = [];
  while (s.more()) {
    const start = s.offset;
    const number = s.take(NUMBER);
    if (number) {
      const n = Number(number[1]);
      if (!NAMES.some((p) => p.n === n)) {
        s.leftovers.push({ start, end: s.offset });
        continue;
      }
      const named = takeName(s);
      if (named && named.n !== n) {
        diag.warn('gca-pillar-mismatch', `GCA pillar ${n} is printed with the name ${quote(named.name)}; the number was kept.`, placeAt(start));
      }
      pillars.push(n);
      continue;
    }
    const named = takeName(s);
    if (named) {
      pillars.push(named.n);
      continue;
    }
    if (s.take(LIST_SEPARATOR)) continue;
    const misread = takeMisreadName(s, pillars);
    if (misread) {
      diag.warn('gca-pillar-misread', `${quote(misread.printed)} is one letter off GCA pillar ${misread.n} (${quote(misread.name)}); read as that pillar.`, placeAt(start));
      pillars.push(misread.n);
    } else s.skipUnreadable();
  }
  return pillars;
}
