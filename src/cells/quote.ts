/** Quotes source text in a warning message, cut short so a hostile cell cannot bloat a report. */
export function quote(text: string, max = 80): string {
  return `"${text.length > max ? `${text.slice(0, max)}…` : text}"`;
}
