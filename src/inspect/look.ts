/**
 * How each kind of thing is drawn, shared by the page overlays and lines.html. Every kind has a
 * label and a line style as well as a colour, so the views read in print and for readers who
 * cannot tell the colours apart (as diff.html marks insertions with "+" and underlines).
 */
export interface Look {
  /** Shown in the legend and on the page. */
  label: string;
  colour: string;
  /** SVG stroke-dasharray ('' for solid). */
  dash: string;
}

/** The roadmap's columns (and a separate id column), and the table stage's unnamed columns. */
export const COLUMN_LOOKS: Record<string, Look> = {
  outcome: { label: 'outcome text', colour: '#0969da', dash: '' },
  timing: { label: 'timing', colour: '#8250df', dash: '5 2' },
  goals: { label: 'goals & resolutions', colour: '#1a7f37', dash: '1.5 1.5' },
  sdgs: { label: 'SDGs', colour: '#9a6700', dash: '6 2 1.5 2' },
  results: { label: 'expected results', colour: '#0e7c86', dash: '3 3' },
  id: { label: 'id', colour: '#57606a', dash: '1 2' },
};

export const OTHER_COLUMN: Look = { label: 'column', colour: '#0969da', dash: '' };

export function columnLook(kind: string | null): Look {
  return (kind !== null ? COLUMN_LOOKS[kind] : undefined) ?? OTHER_COLUMN;
}

/** Parts of the document other than table cells (the rows stage's buckets and the page's furniture). */
export const REGION_LOOKS: Record<string, Look> = {
  'document-title': { label: 'document title', colour: '#1f2328', dash: '' },
  preamble: { label: 'preamble', colour: '#6e7781', dash: '2 2' },
  'action-line-title': { label: 'action-line title', colour: '#953800', dash: '' },
  'table-header': { label: 'table header', colour: '#7d4e00', dash: '' },
  'section-title': { label: 'section title', colour: '#8250df', dash: '8 3' },
  footnote: { label: 'footnote', colour: '#0e7c86', dash: '1 2' },
  'running-header': { label: 'running header/footer', colour: '#6e7781', dash: '6 2 1 2' },
  'page-number': { label: 'page number', colour: '#6e7781', dash: '6 2 1 2' },
  'page-furniture': { label: 'page furniture', colour: '#6e7781', dash: '6 2 1 2' },
  caption: { label: 'caption', colour: '#953800', dash: '' },
  note: { label: 'note', colour: '#0e7c86', dash: '1 2' },
  other: { label: 'other text', colour: '#6e7781', dash: '2 2' },
  'outcome-row': { label: 'outcome row', colour: '#0969da', dash: '' },
  dropped: { label: 'dropped', colour: '#cf222e', dash: '' },
  blank: { label: 'blank', colour: '#8c959f', dash: '' },
};

export function regionLook(kind: string): Look {
  return REGION_LOOKS[kind] ?? REGION_LOOKS.other!;
}

/** Dropped text: struck through in red, with a "✗". */
export const DROPPED_LOOK: Look = { label: 'dropped (ghost, garbage)', colour: '#cf222e', dash: '' };
export const WARNING_LOOK: Look = { label: 'warning (hover for code and message)', colour: '#bc4c00', dash: '' };
export const TABLE_LOOK: Look = { label: 'table region', colour: '#0550ae', dash: '10 3' };
export const RULING_LOOK: Look = { label: 'ruling (drawn line)', colour: '#24292f', dash: '' };
export const DRAWN_ROW_LOOK: Look = { label: 'drawn row edge', colour: '#bc4c00', dash: '' };
export const INFERRED_ROW_LOOK: Look = { label: 'inferred row edge', colour: '#bc4c00', dash: '4 3' };
