/**
 * Text from a source into HTML or SVG (diff reports, inspect overlays, `tables --format html`).
 * Sources are hostile: every text, key and file name goes through here. Characters XML forbids (controls, lone surrogates, U+FFFE/U+FFFF) are replaced,
 * since one of them would make the whole SVG unreadable; markup characters become entities.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeMarkup(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A number for an SVG attribute: two decimals, no exponent, finite. */
export function num(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0';
}
