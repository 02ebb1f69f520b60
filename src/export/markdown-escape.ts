/**
 * Writing roadmap text into Markdown so that a Markdown reader gets back exactly that text.
 * Characters that open inline markup are backslash-escaped; so are the few that start a block
 * at the start of a paragraph, and a heading's closing hashes. Escapes are kept to what is
 * needed, so the source stays readable ("Goals 1 & 4" is written as is; "R&amp;D" is not).
 */
import { foldWhitespace } from '../cells/cell-content.js';

/** Inline markup: emphasis, code, links and footnote references, HTML and autolinks, strikethrough, table pipes. */
const INLINE_SPECIAL = /[\\`*_[\]<~|]/g;
/** "&" only matters where it would start a character reference ("&amp;", "&#169;"). */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;
/**
 * GFM turns bare "www.x.org/…" and "https://…" into links whose text keeps backslashes as
 * written, so escapes inside a URL would show. Escaping the dot of "www." or the colon of
 * "://" keeps the URL plain text, which then reads back exactly.
 */
const AUTOLINK_WWW = /(www)\./gi;
const AUTOLINK_SCHEME = /:(?=\/\/)/g;
/** An email address is an autolink too ("x@itu.int"): the "@" is escaped. */
const AUTOLINK_EMAIL = /@(?=[A-Za-z0-9-]+\.)/g;

/** Escapes text for use inside a paragraph, heading or table cell (not at a block start). */
export function escapeInline(text: string): string {
  return text
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(ENTITY_START, '\\&')
    .replace(AUTOLINK_WWW, '$1\\.')
    .replace(AUTOLINK_SCHEME, '\\:')
    .replace(AUTOLINK_EMAIL, '\\@');
}

/** What would open a block at the start of a paragraph: a heading, list item, quote, rule or setext underline. */
const BLOCK_START = /^(?:#{1,6}(?=\s|$)|[-+](?=\s|$)|>|\d{1,9}(?=[.)](?:\s|$))|=+\s*$|-{3,})/;

/** A paragraph's text: inline escapes, a block opener at its start escaped, line breaks folded. */
export function escapeParagraph(text: string): string {
  const escaped = escapeInline(oneLine(text));
  const opener = BLOCK_START.exec(escaped);
  if (!opener) return escaped;
  // "1. x" → "1\. x"; "- x" → "\- x": escape the character that makes the block.
  if (/^\d/.test(opener[0])) return `${opener[0]}\\${escaped.slice(opener[0].length)}`;
  return `\\${escaped}`;
}

/** A heading's text: inline escapes, and closing hashes escaped so they stay text. */
export function escapeHeading(text: string): string {
  const escaped = escapeInline(oneLine(text));
  let end = escaped.length;
  while (end > 0 && escaped[end - 1] === '#') end--;
  return end === escaped.length ? escaped : `${escaped.slice(0, end)}\\${escaped.slice(end)}`;
}

/** A table cell's text: inline escapes, line breaks as `<br>` (a cell is one source line). */
export function escapeCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeInline(foldWhitespace(line)))
    .join('<br>');
}

/** Headings and paragraphs written here are one source line: line breaks become spaces. */
const oneLine = foldWhitespace;
