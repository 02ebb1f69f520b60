/**
 * Edit distances for recognising garbled text: plain (Levenshtein), and semi-global alignments
 * that find where a short fragment best matches inside a longer text (free start and/or end).
 * Quadratic in the lengths: callers bound what they compare.
 */

export function levenshtein(a: string, b: string): number {
  return align(a, b, { freeStart: false, freeEnd: false }).distance;
}

/** 1 − distance / longer length: 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

export interface Alignment {
  distance: number;
  /** Where the match of `fragment` starts and ends in `text`. */
  start: number;
  end: number;
}

/** Rows of the dynamic programme, kept between calls: a fresh pair of arrays per row made most of the cost garbage. */
let rows = { prev: new Int32Array(0), cur: new Int32Array(0), prevStart: new Int32Array(0), curStart: new Int32Array(0) };

function rowsFor(length: number): typeof rows {
  if (rows.prev.length < length) rows = { prev: new Int32Array(length), cur: new Int32Array(length), prevStart: new Int32Array(length), curStart: new Int32Array(length) };
  return rows;
}

/**
 * Aligns all of `fragment` with part of `text`. With `freeStart` the match may begin anywhere in
 * `text` (else at 0); with `freeEnd` it may end anywhere (else at the end of `text`).
 */
export function align(fragment: string, text: string, options: { freeStart: boolean; freeEnd: boolean }): Alignment {
  const n = fragment.length;
  const m = text.length;
  let { prev, cur, prevStart, curStart } = rowsFor(m + 1);
  for (let j = 0; j <= m; j++) {
    prev[j] = options.freeStart ? 0 : j;
    prevStart[j] = options.freeStart ? j : 0;
  }
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    curStart[0] = 0;
    const f = fragment.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1]! + (f === text.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      if (sub <= del && sub <= ins) {
        cur[j] = sub;
        curStart[j] = prevStart[j - 1]!;
      } else if (del <= ins) {
        cur[j] = del;
        curStart[j] = prevStart[j]!;
      } else {
        cur[j] = ins;
        curStart[j] = curStart[j - 1]!;
      }
    }
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  let end = m;
  if (options.freeEnd) for (let j = 0; j <= m; j++) if (prev[j]! < prev[end]!) end = j;
  return { distance: prev[end]!, start: prevStart[end]!, end };
}

/** Best match of `fragment` against an end (suffix) of `text`. */
export function suffixAlignment(fragment: string, text: string): Alignment {
  return align(fragment, text, { freeStart: true, freeEnd: false });
}

/** Best match of `fragment` against a start (prefix) of `text`. */
export function prefixAlignment(fragment: string, text: string): Alignment {
  return align(fragment, text, { freeStart: false, freeEnd: true });
}

/** Best match of `fragment` anywhere inside `text`. */
export function substringAlignment(fragment: string, text: string): Alignment {
  return align(fragment, text, { freeStart: true, freeEnd: true });
}
