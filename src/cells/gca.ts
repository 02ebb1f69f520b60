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
    if (named) pillars.push(named.n);
    else if (!s.take(LIST_SEPARATOR)) s.skipUnreadable();
  }
  return pillars;
}
