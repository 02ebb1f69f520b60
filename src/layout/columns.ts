/**
 * The table header: recognised by what its labels say (it repeats on every page, sometimes with
 * junk before it or an empty id column in front), and read into a column map so that rows can be
 * assigned by meaning, not by position. The words are the vocabulary's (vocabulary.ts).
 */
import type { GridLine } from '../grid/grid.js';
import { actionLineOfLabels, columnKindOf, headerKindOf, isHeaderLabels, type ColumnKind, type HeaderKind } from './vocabulary.js';

export { COLUMN_KINDS, type ColumnKind, type HeaderKind } from './vocabulary.js';

export interface TableHeader {
  /** Labels as printed (markers removed), one per column, in order. */
  labels: string[];
  /** Column kind for each label position: a parsed kind, `id`, or `unknown` (kept under its label). */
  kinds: HeaderKind[];
  /** Index of the first label cell in the source line (cells before it are an id column or junk). */
  firstLabelCell: number;
  /** Text found before the first label (in earlier cells or in the first label cell). */
  junk: string;
  /** Footnote markers per label. */
  markers: string[][];
  /** The action line named in the header, e.g. "(WSIS AL C2)" → "C2". */
  actionLine: string | null;
}

/** Where the outcome label starts in a first label cell with junk glued before it. */
const OUTCOME_LABEL = /\bWSIS\s*Outcomes?\b|\bOutcomes?\b/i;

/** Reads the header from plain label texts (with their markers); null when they name too few kinds. */
export function readHeaderLabels(cells: readonly { text: string; markers?: readonly string[] }[]): TableHeader | null {
  const texts = cells.map((c) => c.text);
  if (!isHeaderLabels(texts)) return null;
  const kinds = texts.map(columnKindOf);
  const firstLabelCell = kinds.findIndex((k) => k !== null);
  const labelCells = cells.slice(firstLabelCell).filter((c) => c.text !== '');
  const junkParts = cells.slice(0, firstLabelCell).map((c) => c.text).filter((t) => t !== '');
  const labels: string[] = [];
  const labelKinds: HeaderKind[] = [];
  const markers: string[][] = [];
  labelCells.forEach((cell, i) => {
    let text = cell.text;
    if (i === 0) {
      // Junk glued before the first label in the same cell: keep from the label on.
      const match = OUTCOME_LABEL.exec(text);
      if (match && match.index > 0) {
        junkParts.push(text.slice(0, match.index).trim());
        text = text.slice(match.index);
      }
    }
    labels.push(text);
    labelKinds.push(headerKindOf(text));
    markers.push([...(cell.markers ?? [])]);
  });
  return { labels, kinds: labelKinds, firstLabelCell, junk: junkParts.join(' ').trim(), markers, actionLine: actionLineOfLabels(labels) };
}

export function readTableHeader(line: GridLine): TableHeader | null {
  return readHeaderLabels(line.cells);
}

/** The parsed kinds a header has, each once, in the order of COLUMN_KINDS' use. */
export function parsedKinds(header: TableHeader): ColumnKind[] {
  return header.kinds.filter((k): k is ColumnKind => k !== 'id' && k !== 'unknown');
}
