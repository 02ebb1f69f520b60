/** Pretty JSON with a final newline: byte-identical for equal values built in the same key order. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
