/**
 * The row-start decision: does a table line open a new outcome row, or continue the open one?
 * Only a real signal starts a row: an id (in an id column, or leading the outcome cell and not
 * the next sub-item of the open row), a garbled id with a timing, or a second timing value with
 * outcome text. Where the source draws its rows (PDF rulings, Markdown table rows) the drawing
 * decides first: a line inside a drawn row never starts one.
 */
export interface RowStartSignals {
  /** Whether a row is open. */
  open: boolean;
  /** What the source draws: true, a row boundary before the line; false, inside a drawn row; undefined, nothing drawn. */
  drawn: boolean | undefined;
  /** Something readable stands in a separate id column. */
  idColumn: boolean;
  /** An outcome id leads the outcome cell ("B1:", "c."). */
  leadingId: boolean;
  /** …and it is the open row's next sub-item ("ii." after "i."), not a new outcome. */
  continuesSubItems: boolean;
  /** Unreadable text stands where an id belongs. */
  garbledId: boolean;
  hasTiming: boolean;
  hasOutcomeText: boolean;
  /** The open row already has a timing value. */
  openHasTiming: boolean;
}

export function startsRow(s: RowStartSignals): boolean {
  if (s.open && s.drawn === false) return false; // inside a drawn row
  if (s.idColumn) return true;
  if (s.leadingId) return !s.open || !s.continuesSubItems;
  if (s.garbledId && s.hasTiming) return true;
  if (!s.open) return true;
  // After a drawn boundary a timing value is signal enough; a row with none (an empty outcome cell
  // or text going on) continues the previous page's last row.
  if (s.drawn === true) return s.hasTiming && s.hasOutcomeText;
  return s.hasTiming && s.hasOutcomeText && s.openHasTiming;
}
