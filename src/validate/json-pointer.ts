/** A path into a JSON value as a JSON pointer (RFC 6901): "/actionLines/0/outcomes/3/key". */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
