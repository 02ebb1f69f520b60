/**
 * The table header: recognised by what its labels say (it repeats on every page, sometimes with
 * junk before it or an empty id column in front), and read into a column map so that rows can be
 * assigned by meaning, not by position.
 */
import type { GridLine } from '../grid/grid.js';

export type ColumnKind = 'outcome' | 'timing' | 'goals' | 'sdgs' | 'results';
export const COLUMN_KINDS: readonly ColumnKind[] = ['outcome', 'timing', 'goals', 'sdgs', 'results'];

/** What each column's label says, in the words roadmap tables use. */
const LABEL_PATTERNS: Record<ColumnKind, RegExp> = {
  outcome: /\bWSIS\s*Outcomes?\b/i,
  timing: /\bTiming\b|\bTime[- ]?(?:scale|frame)\b/i,
  goals: /\bStrategic\s+Goals?\b|\bRelevant\s+Resolutions\b/i,
  sdgs: /\bSDGs?\b|\bSustainable\s+Development\s+Goals\b/i,
  results: /\bExpected\s+Results\b|\bITU\s+Activities\b/i,
};

/** A header must name at least this many of the five columns (OCR may garble one or two). */
const MIN_LABELS_FOR_HEADER = 3;
/**
 * A header label is short ("Expected Results of ITU Activities"); a body cell that merely quotes
 * a label phrase ("… all the Sustainable Development Goals …") is longer and is no label.
 */
const MAX_LABEL_LENGTH = 80;

export interface TableHeader {
  /** Labels as printed (markers removed), one per column, in order. */
  labels: string[];
  /** Column kind for each label position. */
  kinds: ColumnKind[];
  /** Index of the first label cell in the source line (cells before it are an id column or junk). */
  firstLabelCell: number;
  /** Text found before the first label (in earlier cells or in the first label cell). */
  junk: string;
  /** Footnote markers per label. */
  markers: string[][];
  /** The action line named in the header, e.g. "(WSIS AL C2)" → "C2". */
  actionLine: string | null;
}

function kindOf(text: string): ColumnKind | null {
  if (text.length > MAX_LABEL_LENGTH) return null;
  for (const kind of COLUMN_KINDS) if (LABEL_PATTERNS[kind].test(text)) return kind;
  return null;
}

export function readTableHeader(line: GridLine): TableHeader | null {
  const cells = line.cells;
  const kinds = cells.map((c) => kindOf(c.text));
  const distinct = new Set(kinds.filter((k): k is ColumnKind => k !== null));
  if (distinct.size < MIN_LABELS_FOR_HEADER) return null;
  const firstLabelCell = kinds.findIndex((k) => k !== null);
  const labelCells = cells.slice(firstLabelCell).filter((c) => c.text !== '');
  const junkParts = cells.slice(0, firstLabelCell).map((c) => c.text).filter((t) => t !== '');
  const labels: string[] = [];
  const labelKinds: ColumnKind[] = [];
  const markers: string[][] = [];
  labelCells.forEach((cell, i) => {
    let text = cell.text;
    if (i === 0) {
      // Junk glued before the first label in the same cell: keep from the label on.
      const match = LABEL_PATTERNS.outcome.exec(text);
      if (match && match.index > 0) {
        junkParts.push(text.slice(0, match.index).trim());
        text = text.slice(match.index);
      }
    }
    labels.push(text);
    labelKinds.push(kindOf(text) ?? COLUMN_KINDS[Math.min(i, COLUMN_KINDS.length - 1)]!);
    markers.push(cell.markers);
  });
  const actionLine = /\bAL\s*(C\d{1,2})\b/i.exec(labels.join(' '))?.[1]?.toUpperCase() ?? null;
  return { labels, kinds: labelKinds, firstLabelCell, junk: junkParts.join(' ').trim(), markers, actionLine };
}
