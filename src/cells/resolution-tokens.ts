/**
 * The tokenizer half of the resolution reader (eyecite style: tokens first, meaning later).
 * Every character of the input ends up in exactly one token or in skipped whitespace, and
 * every pattern is a single linear-time step.
 */
import { readAssemblyCode, type ResolutionBody } from '../registry/assemblies.js';

interface Span {
  start: number;
  end: number;
}

export type ResolutionToken =
  | (Span & { kind: 'body'; body: ResolutionBody; year: number | null })
  | (Span & { kind: 'res' })
  | (Span & { kind: 'number'; value: string })
  | (Span & { kind: 'paren'; inner: string })
  | (Span & { kind: 'separator' })
  | (Span & { kind: 'other' });

const SPACE = /\s+/y;
/** A body prefix, possibly with its conference code ("PP-14"), or a Council session ("C09"). */
export const BODY_PREFIX = String.raw`(?:(?:PP|WTDC|WTSA|WRC|RA)(?:-(?:\d{4}|\d{2}))?|Council|C\d{2})`;
/** Exported for the ReDoS check of every regex (test/regex). */
export const BODY = new RegExp(`${BODY_PREFIX}(?![\\w-])`, 'y');
// "Res.", "Res", "Resolution", "Resolutions"; a dot may be glued to the number ("Res.1305").
const RES = /[Rr]es(?:olutions?)?(?:\.|(?!\w))/y;
const NUMBER = /\d+(?!\w)/y;
const PAREN = /\([^()]*\)/y;
const SEPARATOR = /(?:[,;&]|and(?!\w))/y;
const OTHER = /[^\s,;&()]+|[\s\S]/y;

function stick(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export function tokenizeResolutions(text: string): ResolutionToken[] {
  const tokens: ResolutionToken[] = [];
  let at = 0;
  while (at < text.length) {
    const space = stick(SPACE, text, at);
    if (space) {
      at += space[0].length;
      continue;
    }
    const token = nextToken(text, at);
    tokens.push(token);
    at = token.end;
  }
  return tokens;
}

function nextToken(text: string, at: number): ResolutionToken {
  let m = stick(BODY, text, at);
  if (m) {
    const printed = m[0];
    const end = at + printed.length;
    if (printed === 'Council') return { kind: 'body', start: at, end, body: 'Council', year: null };
    if (printed.startsWith('C') || printed.includes('-')) {
      const code = readAssemblyCode(printed);
      if (code) return { kind: 'body', start: at, end, body: code.body, year: code.year };
    }
    return { kind: 'body', start: at, end, body: printed as ResolutionBody, year: null };
  }
  if ((m = stick(RES, text, at))) return { kind: 'res', start: at, end: at + m[0].length };
  if ((m = stick(NUMBER, text, at))) return { kind: 'number', start: at, end: at + m[0].length, value: m[0] };
  if ((m = stick(PAREN, text, at))) {
    return { kind: 'paren', start: at, end: at + m[0].length, inner: m[0].slice(1, -1) };
  }
  if ((m = stick(SEPARATOR, text, at))) return { kind: 'separator', start: at, end: at + m[0].length };
  m = stick(OTHER, text, at);
  return { kind: 'other', start: at, end: at + (m ? m[0].length : 1) };
}
