/**
 * Pretty JSON written in pieces: the same bytes as `toJson` (JSON.stringify(value, null, 2) and a
 * final newline) without ever holding the whole text, so a large edition's roadmap.json (tens of
 * megabytes as one string) does not add its size to the peak memory of a run.
 */

/** Yields the pretty JSON of `value` in pieces of about `chunk` characters. */
export function* jsonChunks(value: unknown, chunk = 1 << 16): Generator<string> {
  let buffer = '';
  function* flush(): Generator<string> {
    if (buffer.length >= chunk) {
      yield buffer;
      buffer = '';
    }
  }
  function* write(item: unknown, indent: string): Generator<string> {
    if (Array.isArray(item)) {
      if (item.length === 0) {
        buffer += '[]';
        return;
      }
      const inner = `${indent}  `;
      buffer += '[\n';
      for (let k = 0; k < item.length; k++) {
        buffer += inner;
        const element = item[k];
        // As JSON.stringify: a value JSON cannot hold is null inside an array.
        if (element === undefined || typeof element === 'function' || typeof element === 'symbol') buffer += 'null';
        else yield* write(element, inner);
        buffer += k < item.length - 1 ? ',\n' : '\n';
        yield* flush();
      }
      buffer += `${indent}]`;
      return;
    }
    if (item !== null && typeof item === 'object' && typeof (item as { toJSON?: unknown }).toJSON !== 'function') {
      const entries = Object.entries(item).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
      if (entries.length === 0) {
        buffer += '{}';
        return;
      }
      const inner = `${indent}  `;
      buffer += '{\n';
      for (let k = 0; k < entries.length; k++) {
        const [key, v] = entries[k]!;
        buffer += `${inner}${JSON.stringify(key)}: `;
        yield* write(v, inner);
        buffer += k < entries.length - 1 ? ',\n' : '\n';
        yield* flush();
      }
      buffer += `${indent}}`;
      return;
    }
    // Leaves (and anything with toJSON) as JSON.stringify writes them, indented like their parent.
    buffer += JSON.stringify(item, null, 2)?.replace(/\n/g, `\n${indent}`) ?? 'null';
  }
  yield* write(value, '');
  yield `${buffer}\n`;
}
