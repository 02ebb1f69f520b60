/**
 * GFM footnotes. A definition (`[^3]: text`) may stand anywhere, often all at the end of the
 * document; it belongs to the table it annotates. So each definition is placed right after the
 * table that holds its first reference (or, for a reference outside any table, such as in a
 * heading, the first table after it). A definition nobody references stays where it stands.
 * Placed definitions become footnote lines as layout text has them: one cell whose raw text
 * starts with the marker in superscript digits.
 */
import type { GridLine } from '../../grid/grid.js';
import { inlineText } from './inline.js';
import { footnoteReferences, startLine, type MdNode } from './mdast.js';
import { toSuperscript } from './superscript.js';

export interface FootnotePlan {
  /** Definition identifiers to place after the block at each index (a table), in reference order. */
  afterTable: Map<number, string[]>;
  /** Identifiers that are placed after a table (so not where the definition stands). */
  placed: Set<string>;
}

export function planFootnotes(blocks: readonly MdNode[]): FootnotePlan {
  const defined = new Set(blocks.filter((b) => b.type === 'footnoteDefinition').map((b) => b.identifier ?? ''));
  const afterTable = new Map<number, string[]>();
  const placed = new Set<string>();
  let awaiting: string[] = [];
  blocks.forEach((block, index) => {
    if (block.type === 'footnoteDefinition') return;
    const references = footnoteReferences(block).filter((id) => defined.has(id));
    if (block.type !== 'table') {
      awaiting.push(...references);
      return;
    }
    const here: string[] = [];
    for (const id of [...awaiting, ...references]) {
      if (placed.has(id)) continue;
      placed.add(id);
      here.push(id);
    }
    awaiting = [];
    if (here.length > 0) afterTable.set(index, here);
  });
  return { afterTable, placed };
}

/** The marker a definition is written with ("3" for `[^3]:`). */
export function footnoteLabel(definition: MdNode): string {
  return definition.label ?? definition.identifier ?? '';
}

/** A numbered definition as a footnote line: "³ text". (Roadmap footnotes are numbered; see isNumericMarker.) */
export function footnoteLine(definition: MdNode): GridLine {
  const label = footnoteLabel(definition);
  const parts = (definition.children ?? []).filter((c) => c.type === 'paragraph' || c.type === 'heading').map(inlineText);
  const text = parts.map((p) => p.text).filter(Boolean).join(' ');
  const raw = parts.map((p) => p.raw).filter(Boolean).join(' ');
  return { line: startLine(definition), page: null, cells: [{ text, raw: `${toSuperscript(label)} ${raw}`, markers: [] }] };
}
