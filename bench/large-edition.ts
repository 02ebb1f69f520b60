/** How many times the large text edition repeats the bundled one. */
export const REPEATS = 50;

/** The bundled text edition repeated with renumbered action lines (C2, C5, C6 → C102, C105, C106, …). */
export function largeEdition(text: string, repeats: number): string {
  const body = text.slice(text.indexOf('WSIS Action Line C2'));
  return Array.from({ length: repeats }, (_, k) =>
    body.replace(/\b(Action Line |AL )C(\d{1,2})\b/g, (_m, prefix: string, n: string) => `${prefix}C${(k + 1) * 100 + Number(n)}`),
  ).join('\n');
}
