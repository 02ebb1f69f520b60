/**
 * A cursor over one stretch of a cell's text for the small label-body readers of the goals
 * cell. Readers try sticky patterns at the cursor; what none of them reads is skipped one
 * word at a time and remembered as a leftover span (offsets into the whole text).
 */
export interface Span {
  start: number;
  end: number;
}

/** Separates the items of a list: ",", ";", "&", "and". */
export const LIST_SEPARATOR = /(?:[,;&]|and(?!\w))/y;

const SPACE = /\s+/y;
const UNREADABLE = /[^\s(),;&]+|[\s\S]/y;

export class Scanner {
  private at = 0;
  private readonly text: string;
  readonly leftovers: Span[] = [];

  /** Scans `whole.slice(start, end)`; spans are reported as offsets into `whole`. */
  constructor(
    whole: string,
    private readonly start: number,
    end: number,
  ) {
    this.text = whole.slice(start, end);
  }

  /** Skips whitespace; true while unread text remains. */
  more(): boolean {
    SPACE.lastIndex = this.at;
    if (SPACE.exec(this.text)) this.at = SPACE.lastIndex;
    return this.at < this.text.length;
  }

  /** Tries a sticky (`y`) pattern at the cursor and moves past its match. */
  take(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.at;
    const m = pattern.exec(this.text);
    if (m && m[0].length > 0) {
      this.at += m[0].length;
      return m;
    }
    return null;
  }

  /** Skips one word (or one stray character) that no reader understood. */
  skipUnreadable(): void {
    UNREADABLE.lastIndex = this.at;
    const m = UNREADABLE.exec(this.text);
    const length = m ? m[0].length : 1;
    this.leftovers.push({ start: this.start + this.at, end: this.start + this.at + length });
    this.at += length;
  }

  /** The unread text from the cursor on. */
  rest(): string {
    return this.text.slice(this.at);
  }

  /** Moves the cursor past `length` characters a reader has read. */
  advance(length: number): void {
    this.at = Math.min(this.text.length, this.at + length);
  }

  /** Offset of the cursor in the whole text. */
  get offset(): number {
    return this.start + this.at;
  }
}
