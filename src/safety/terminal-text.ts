/**
 * Text bound for a terminal or a log, made inert: control characters (C0, DEL, C1, so every
 * escape sequence's introducer) and the invisible direction overrides that reorder what a
 * terminal shows are replaced with visible escapes ("\x1b", "\n", "\u202e"). A crafted source or
 * file name can then neither clear the screen nor print a fake line of its own.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}
