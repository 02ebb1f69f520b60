/**
 * An SDG target quoted with its wording ("4.4: By 2030, increase by [x] per cent the number of
 * youth ...") is compared with the official text. Spelling of the same words does not count
 * (case, hyphens, spacing and punctuation: "trans-border" / "transborder", "decisionmaking" /
 * "decision-making"), nor does a shortened quote (words left out, or a tail a row or page break
 * took). A quote that has words the official text does not have there is material: draft
 * wording such as "[x] per cent" for "substantially", or "[within and among countries]".
 */
import { diffArrays } from 'diff';

/** A word as printed, and as compared: letters and digits only, lower case. */
interface Word {
  printed: string;
  key: string;
}

/** Keeps letters, digits and brackets at the ends of a word ("[x]", "countries],"→"countries]"). */
const KEPT_AT_ENDS = /[\p{L}\p{N}()[\]]/u;

function trimPunctuation(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !KEPT_AT_ENDS.test(word[start] ?? '')) start++;
  while (end > start && !KEPT_AT_ENDS.test(word[end - 1] ?? '')) end--;
  return word.slice(start, end);
}

function words(text: string): Word[] {
  return text
    .split(/\s+/)
    .map((w) => ({ printed: trimPunctuation(w), key: w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') }))
    .filter((w) => w.key !== '');
}

function joinKeys(list: readonly Word[]): string {
  return list.map((w) => w.key).join('');
}

/** Words a message quotes at most from one change. */
const SHOWN_WORDS = 8;

function shown(list: readonly Word[]): string {
  const more = list.length > SHOWN_WORDS ? ' …' : '';
  return `"${list
    .slice(0, SHOWN_WORDS)
    .map((w) => w.printed)
    .join(' ')}${more}"`;
}

/**
 * What differs between a quoted wording and the official text, as short phrases ('"[x] per
 * cent" for "substantially"', 'adds "when agreed upon"', 'omits "substantially"'), when the
 * difference is material (the quote has words of its own); [] when it is not.
 */
export function wordingDifferences(printed: string, official: string): string[] {
  const all = words(printed);
  const b = words(official);
  if (joinKeys(all) === joinKeys(b)) return [];
  // A quote far longer than the text it quotes has words of its own past that point; the diff
  // (quadratic in the worst case) only reads as far.
  const reach = 2 * b.length + 20;
  const a = all.slice(0, reach);
  const changes = diffArrays(
    b.map((w) => w.key),
    a.map((w) => w.key),
  );
  // Walk both word lists along the diff, pairing a removal with the addition next to it.
  const out: string[] = [];
  let material = false;
  let ia = 0;
  let ib = 0;
  for (let k = 0; k < changes.length; k++) {
    const change = changes[k]!;
    const count = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      ia += count;
      ib += count;
      continue;
    }
    let removed: Word[] = [];
    let added: Word[] = [];
    if (change.removed) {
      removed = b.slice(ib, ib + count);
      ib += count;
      const next = changes[k + 1];
      if (next?.added) {
        const n = next.count ?? next.value.length;
        added = a.slice(ia, ia + n);
        ia += n;
        k++;
      }
    } else {
      added = a.slice(ia, ia + count);
      ia += count;
    }
    // The same letters split or joined otherwise ("high-value added" / "high- value-added").
    if (joinKeys(removed) === joinKeys(added)) continue;
    if (removed.length > 0 && added.length > 0) out.push(`${shown(added)} for ${shown(removed)}`);
    else if (added.length > 0) out.push(`adds ${shown(added)}`);
    else out.push(`omits ${shown(removed)}`);
    material ||= added.length > 0;
  }
  if (all.length > reach) {
    out.push(`adds ${all.length - reach} more words`);
    material = true;
  }
  return material ? out : [];
}
