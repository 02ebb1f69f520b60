/**
 * Runs → visual lines: runs whose baselines agree (within a tolerance scaled by font size) form a
 * line, in x order, with spaces where the gap between runs is wide enough. A small run raised
 * above the line is a superscript (a footnote marker), not a word: its digits become Unicode
 * superscripts so that later stages treat them exactly as in layout text.
 */
import type { Box } from '../../grid/grid.js';
import type { PdfSettings } from './settings.js';
import type { TextRun } from './text-runs.js';
import { foldWhitespace } from '../../cells/cell-content.js';

export interface TextLine {
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  fontSize: number;
  runs: TextRun[];
}

const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** The size of most of the runs' text (by characters): a line's size, which superscripts are compared with. */
export function dominantSize(runs: readonly TextRun[]): number {
  const weight = new Map<number, number>();
  for (const run of runs) {
    const size = Math.round(run.fontSize * 10) / 10;
    weight.set(size, (weight.get(size) ?? 0) + run.text.length);
  }
  return [...weight].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

function isSuperscript(run: TextRun, lineSize: number, lineBaseline: number, settings: PdfSettings): boolean {
  return run.fontSize < settings.superscriptSizeRatio * lineSize && run.baseline < lineBaseline - settings.superscriptRise * lineSize;
}

/** Smaller than the line's text and raised above its baseline, but not as far as a line of its own. */
function isRaised(run: TextRun, lineSize: number, lineBaseline: number, settings: PdfSettings): boolean {
  return run.fontSize < settings.superscriptSizeRatio * lineSize && run.baseline < lineBaseline && lineBaseline - run.baseline <= settings.superscriptMaxRise * lineSize;
}

/** Groups runs into lines, top to bottom. */
export function groupLines(runs: readonly TextRun[], settings: PdfSettings): TextLine[] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    // Join the last line whose baseline is close enough, or whose text this run rides above as a superscript.
    const group = groups.findLast((g) => {
      const size = dominantSize(g);
      const baseline = baselineOf(g);
      if (Math.abs(run.baseline - baseline) <= settings.baselineTolerance * Math.max(size, run.fontSize)) return true;
      return isRaised(run, size, baseline, settings);
    });
    if (group) group.push(run);
    else groups.push([run]);
  }
  // A superscript seen before the text it belongs to started its own group: merge it down.
  const lines = mergeLeadingSuperscripts(groups, settings).map((group) => toLine(group, settings));
  return lines.sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
}

/** A group made only of small runs just above a normal line is that line's superscripts. */
function mergeLeadingSuperscripts(groups: TextRun[][], settings: PdfSettings): TextRun[][] {
  const result: TextRun[][] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    const next = groups[i + 1];
    if (next) {
      const size = dominantSize(next);
      const baseline = baselineOf(next);
      const allRaised = group.every((r) => isRaised(r, size, baseline, settings));
      if (allRaised) {
        next.push(...group);
        continue;
      }
    }
    result.push(group);
  }
  return result;
}

function baselineOf(group: readonly TextRun[]): number {
  const size = dominantSize(group);
  const normal = group.filter((r) => Math.round(r.fontSize * 10) / 10 === size);
  return (normal.length > 0 ? normal : group).reduce((s, r) => s + r.baseline, 0) / (normal.length || group.length);
}

/** One line of runs (already known to share a baseline): its text with spaces and superscript markers. */
export function toLine(group: readonly TextRun[], settings: PdfSettings): TextLine {
  const size = dominantSize(group);
  const baseline = baselineOf(group);
  const runs = [...group].sort((a, b) => a.x0 - b.x0);
  let text = '';
  let previous: TextRun | null = null;
  for (const run of runs) {
    const superscript = isSuperscript(run, size, baseline, settings) && /^\d+$/.test(run.text.trim());
    const piece = superscript ? [...run.text.trim()].map((c) => SUPERSCRIPT[c] ?? c).join('') : run.text;
    if (previous) {
      const gap = run.x0 - previous.x1;
      // No space before closing punctuation or after an opening bracket, whatever the gap.
      const needsSpace = gap > settings.spaceGap * size && !/[\s([{]$/.test(text) && !/^[\s,.;:!?)\]}]/.test(piece);
      if (needsSpace) text += ' ';
    }
    text += piece;
    previous = run;
  }
  return {
    text: foldWhitespace(text),
    x0: Math.min(...runs.map((r) => r.x0)),
    x1: Math.max(...runs.map((r) => r.x1)),
    baseline,
    fontSize: size,
    runs,
  };
}

/** Glyphs reach about this far above (× font size) and below their baseline: a line's box. */
const ASCENT = 0.8;
const DESCENT = 0.25;

/** The box around some lines (page coordinates, y down). */
export function linesBox(lines: readonly TextLine[]): Box {
  return {
    x0: Math.min(...lines.map((l) => l.x0)),
    y0: Math.min(...lines.map((l) => l.baseline - ASCENT * l.fontSize)),
    x1: Math.max(...lines.map((l) => l.x1)),
    y1: Math.max(...lines.map((l) => l.baseline + DESCENT * l.fontSize)),
  };
}
