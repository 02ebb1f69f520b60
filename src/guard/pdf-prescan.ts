/**
 * The budget pre-scan: before pdf.js sees a PDF, measure what reading it would cost, from the raw
 * bytes. Why before, and not while pdf.js reads: in Node pdf.js runs in-process ("fake worker"),
 * and its parser yields only through promise callbacks, so no timer or watchdog gets to run while
 * it inflates a bomb or walks forms that draw each other 8^12 times; once it has started, the
 * only way to stop it is to have not started. So every stream is decoded here with a capped
 * output (pdf-filters.ts), and the cost of each page is computed over the graph of forms with
 * each form's cost counted once and multiplied (memoised, iterative: no recursion a hostile
 * nesting could overflow), so 8^12 draws are counted, not made.
 *
 * The streams of an encrypted PDF are decrypted first (pdf-decrypt.ts), with the password given
 * or none, as pdf.js will. What it cannot see is a file whose key it cannot find (pdf.js then
 * refuses it too); for anything missed, the operator and draw budgets are also counted as pdf.js
 * delivers a page's operators (pdf-guard.ts).
 */
import { isDict, isName, isRef, isRegular, isWhitespace, latin1, readValue, scanObjects, scanTrailers, skipLiteralString, type PdfDict, type PdfValue, type RawObject } from './pdf-objects.js';
import { decryptStreams } from './pdf-decrypt.js';
import { decodeCapped, filtersOf } from './pdf-filters.js';
import { LimitError, type PdfLimits } from './pdf-limits.js';

/**
 * What one content stream does: its operators, the bytes of the strings it shows (a bound on its
 * characters), and what it draws by resource name with counts ("X/name" for an XObject drawn with
 * Do, "P/name" for a pattern painted with scn or SCN).
 */
interface ContentCost {
  operators: number;
  chars: number;
  uses: Map<string, number>;
}

/** A form, tiling pattern or page with what it draws expanded. */
interface Cost {
  operators: number;
  draws: number;
  chars: number;
  depth: number;
}

const LEAF: Readonly<Cost> = { operators: 1, draws: 0, chars: 0, depth: 0 };

/** A form XObject or a tiling pattern: a content stream of its own that pdf.js expands where it is drawn. */
function drawsContent(object: RawObject | undefined): boolean {
  const dict = object?.value;
  if (!object?.stream || !isDict(dict)) return false;
  const subtype = dict.get('Subtype');
  return (isName(subtype) && subtype.name === 'Form') || dict.get('PatternType') === 1;
}

/** Throws a LimitError when the document, as written, would exceed a budget. */
export function prescanPdf(bytes: Uint8Array, file: string, limits: PdfLimits, password?: string): void {
  const shadowed: [number, RawObject][] = [];
  const objects = scanObjects(bytes, shadowed);
  decryptStreams(objects, scanTrailers(bytes, objects), password, shadowed);
  expandObjectStreams(objects, file, limits);
  const decoded = decodeStreams(objects, file, limits, shadowed);
  checkSampledFunctions(objects, file, limits);
  const resolve = resolverOf(objects);
  checkStructureTree(objects, resolve, file, limits);

  const contentCost = new Map<number, ContentCost>();
  const costOfContent = (ref: number): ContentCost => {
    let cost = contentCost.get(ref);
    if (!cost) {
      const data = decoded.get(ref);
      cost = data ? tokenise(data) : { operators: 0, chars: 0, uses: new Map() };
      contentCost.set(ref, cost);
    }
    return cost;
  };
  /** "X/name" and "P/name" → object number, in a resources dictionary. */
  const scopeOf = (resources: PdfValue | undefined): Map<string, number> => {
    const map = new Map<string, number>();
    const dict = resolve(resources);
    if (!isDict(dict)) return map;
    for (const [key, prefix] of [['XObject', 'X/'], ['Pattern', 'P/']] as const) {
      const named = resolve(dict.get(key));
      if (isDict(named)) for (const [name, target] of named) if (isRef(target)) map.set(prefix + name, target.ref);
    }
    return map;
  };
  const add = (total: Cost, cost: Cost, times: number) => {
    total.operators += times * cost.operators;
    total.draws += times * (1 + cost.draws);
    total.chars += times * cost.chars;
    total.depth = Math.max(total.depth, 1 + cost.depth);
  };

  const formCost = new Map<string, Cost>();
  /**
   * The cost of drawing object `root` with `inherited` names in scope (a form without resources of
   * its own uses its caller's, as pdf.js does). Iterative depth-first walk; a form met again on
   * the current path draws itself: infinitely deep.
   */
  const costOf = (root: number, inherited: Map<string, number>, inheritedKey: string): Cost => {
    interface Frame {
      key: string;
      names: Map<string, number>;
      namesKey: string;
      pending: [number, number][];
      total: Cost;
      /** How many times the form being walked below this one is drawn here. */
      times: number;
    }
    const onPath = new Set<string>();
    const open = (ref: number, names: Map<string, number>, namesKey: string): Frame | Cost => {
      const object = objects.get(ref);
      if (!drawsContent(object)) return LEAF; // an image or something pdf.js does not expand
      const dict = object!.value as PdfDict;
      const own = dict.has('Resources');
      const scope = own ? scopeOf(dict.get('Resources')) : names;
      const scopeKey = own ? `${ref}` : namesKey;
      const key = `${ref}@${scopeKey}`;
      const known = formCost.get(key);
      if (known) return known;
      if (onPath.has(key)) return { operators: Infinity, draws: Infinity, chars: Infinity, depth: Infinity };
      onPath.add(key);
      const content = costOfContent(ref);
      const pending: [number, number][] = [];
      for (const [name, count] of content.uses) {
        const target = scope.get(name);
        if (target !== undefined) pending.push([target, count]);
      }
      return { key, names: scope, namesKey: scopeKey, pending, total: { operators: content.operators, draws: 0, chars: content.chars, depth: 1 }, times: 1 };
    };
    const first = open(root, inherited, inheritedKey);
    if (!('pending' in first)) return first;
    const stack: Frame[] = [first];
    let result: Cost = first.total;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const next = frame.pending.pop();
      if (!next) {
        stack.pop();
        onPath.delete(frame.key);
        formCost.set(frame.key, frame.total);
        const caller = stack[stack.length - 1];
        if (caller) add(caller.total, frame.total, caller.times);
        else result = frame.total;
        continue;
      }
      const [target, times] = next;
      const child = open(target, frame.names, frame.namesKey);
      if (!('pending' in child)) {
        add(frame.total, child, times);
        continue;
      }
      frame.times = times;
      stack.push(child);
      if (stack.length > limits['form-depth']) {
        throw new LimitError(file, 'form-depth', limits['form-depth'], 'hostile PDF: forms are drawn inside each other more deeply than allowed');
      }
    }
    return result;
  };

  const check = (cost: Cost, page: number | null, what: string) => {
    const where = page === null ? what : `page ${page}`;
    if (cost.depth > limits['form-depth']) throw new LimitError(file, 'form-depth', limits['form-depth'], `hostile PDF: ${where} nests forms ${Number.isFinite(cost.depth) ? `${cost.depth} deep` : 'in a cycle'}`, page);
    if (cost.draws > limits['draws-per-page']) throw new LimitError(file, 'draws-per-page', limits['draws-per-page'], `hostile PDF: ${where} draws ${count(cost.draws)} XObjects`, page);
    if (cost.operators > limits['operators-per-page']) throw new LimitError(file, 'operators-per-page', limits['operators-per-page'], `hostile PDF: ${where} holds ${count(cost.operators)} operators`, page);
    if (cost.chars > limits['text-chars-per-page']) throw new LimitError(file, 'text-chars-per-page', limits['text-chars-per-page'], `hostile PDF: ${where} shows ${count(cost.chars)} characters`, page);
  };

  // Every form and tiling pattern on its own (reached from a page, an annotation's appearance,
  // a Type 3 glyph or another pattern alike)…
  let forms = 0;
  for (const [ref, object] of objects) {
    if (!drawsContent(object)) continue;
    forms++;
    check(costOf(ref, new Map(), 'none'), null, `${(object.value as PdfDict).get('PatternType') === 1 ? 'pattern' : 'form'} ${ref}`);
  }
  // …and every page with its content streams and what they draw. Without forms, a page whose
  // content is too short to hold too many operators (two bytes each at least) or characters
  // need not be read here.
  const enough = Math.min(2 * limits['operators-per-page'], limits['text-chars-per-page']);
  for (const [index, page] of pagesInOrder(objects, resolve).entries()) {
    const contents = resolve(page.get('Contents'));
    const refs = (Array.isArray(contents) ? contents : [page.get('Contents')]).filter(isRef).map((r) => r.ref);
    if (forms === 0 && refs.reduce((sum, ref) => sum + (decoded.get(ref)?.length ?? 0), 0) <= enough) continue;
    const names = scopeOf(inheritedResources(page, resolve));
    const total: Cost = { operators: 0, draws: 0, chars: 0, depth: 0 };
    for (const ref of refs) {
      const content = costOfContent(ref);
      total.operators += content.operators;
      total.chars += content.chars;
      for (const [name, n] of content.uses) {
        const target = names.get(name);
        if (target === undefined) continue;
        if (name.startsWith('P/') && !drawsContent(objects.get(target))) continue; // a shading pattern: no content
        add(total, costOf(target, names, `page${index}`), n);
      }
    }
    check(total, index + 1, '');
  }
}

/**
 * A sampled function (type 0) whose samples would take more bytes than a stream may decode to:
 * pdf.js reads every sample the /Size claims, whatever the stream holds.
 */
function checkSampledFunctions(objects: Map<number, RawObject>, file: string, limits: PdfLimits): void {
  for (const [ref, object] of objects) {
    const dict = object.value;
    if (!isDict(dict) || dict.get('FunctionType') !== 0) continue;
    const size = dict.get('Size');
    const range = dict.get('Range');
    const bits = dict.get('BitsPerSample');
    if (!Array.isArray(size) || !size.every((n) => typeof n === 'number') || typeof bits !== 'number') continue;
    const outputs = Array.isArray(range) ? range.length / 2 : 1;
    const bytes = (size as number[]).reduce((product, n) => product * Math.max(1, n), 1) * outputs * (bits / 8);
    if (bytes > limits['stream-bytes']) {
      throw new LimitError(file, 'stream-bytes', limits['stream-bytes'], `hostile PDF: the sampled function ${ref} claims ${count(Math.round(bytes))} bytes of samples`);
    }
  }
}

/** A value with references followed (a few hops at most: a chain of references may loop). */
/**
 * The structure tree's size as pdf.js expands it: every element under each parent that lists it
 * (a chain of elements each listing the next 8 times is 8^depth elements), a cycle endless.
 */
function checkStructureTree(objects: Map<number, RawObject>, resolve: (v: PdfValue | undefined) => PdfValue | undefined, file: string, limits: PdfLimits): void {
  const size = new Map<number, number>();
  const onPath = new Set<number>();
  // Real trees are tens of levels deep; deeper is read as endless rather than risk the stack.
  const MAX_DEPTH = 1000;
  const elements = (kids: PdfValue | undefined, depth: number): number => {
    if (Array.isArray(kids)) return kids.reduce((n: number, kid) => n + elements(kid, depth), 0);
    if (!isRef(kids)) return 0; // a marked-content id, or a dictionary pointing at content
    const known = size.get(kids.ref);
    if (known !== undefined) return known;
    if (onPath.has(kids.ref) || depth > MAX_DEPTH) return Infinity;
    const element = objects.get(kids.ref)?.value;
    if (!isDict(element)) return 0;
    onPath.add(kids.ref);
    const n = 1 + elements(element.get('K'), depth + 1);
    onPath.delete(kids.ref);
    size.set(kids.ref, n);
    return n;
  };
  // Every catalog the file defines (an update may add one) and its tree.
  for (const { value } of objects.values()) {
    if (!isDict(value)) continue;
    const type = value.get('Type');
    if (!isName(type) || type.name !== 'Catalog') continue;
    const root = resolve(value.get('StructTreeRoot'));
    if (!isDict(root)) continue;
    const total = elements(root.get('K'), 0);
    if (total > limits['structure-elements']) {
      throw new LimitError(file, 'structure-elements', limits['structure-elements'], `hostile PDF: its structure tree expands to ${count(total)} elements`);
    }
  }
}

function resolverOf(objects: Map<number, RawObject>): (v: PdfValue | undefined) => PdfValue | undefined {
  const resolve = (v: PdfValue | undefined, hops = 0): PdfValue | undefined => (isRef(v) && hops < 16 ? resolve(objects.get(v.ref)?.value, hops + 1) : v);
  return resolve;
}

function count(n: number): string {
  return Number.isFinite(n) ? n.toLocaleString('en-US') : 'endlessly many';
}

/** Objects inside object streams (/Type /ObjStm), added where the file defines none of its own. */
function expandObjectStreams(objects: Map<number, RawObject>, file: string, limits: PdfLimits): void {
  for (const object of [...objects.values()]) {
    const dict = object.value;
    if (!isDict(dict) || !object.stream || !isName(dict.get('Type')) || (dict.get('Type') as { name: string }).name !== 'ObjStm') continue;
    const data = decodeCapped(object.stream, filtersOf(dict, resolverOf(objects)), limits['stream-bytes']);
    if (data === 'over') throw new LimitError(file, 'stream-bytes', limits['stream-bytes'], 'hostile PDF: an object stream decodes to more bytes than allowed');
    const first = dict.get('First');
    const n = dict.get('N');
    if (typeof first !== 'number' || typeof n !== 'number') continue;
    const header = latin1(data, 0, Math.min(first, data.length)).trim().split(/\s+/).map(Number);
    for (let k = 0; k + 1 < header.length && k / 2 < n; k += 2) {
      const number = header[k]!;
      const offset = header[k + 1]!;
      if (!Number.isInteger(number) || !Number.isInteger(offset) || objects.has(number)) continue;
      objects.set(number, { value: readValue(data, first + offset).value, generation: 0, stream: null });
    }
  }
}

/** Every stream decoded (capped): content streams are kept for tokenising; sizes are summed. */
function decodeStreams(objects: Map<number, RawObject>, file: string, limits: PdfLimits, shadowed: readonly [number, RawObject][]): Map<number, Uint8Array> {
  const decoded = new Map<number, Uint8Array>();
  const resolve = resolverOf(objects);
  let total = 0;
  // Definitions replaced by later ones count too: a cross-reference table may point at either.
  for (const [ref, object] of [...objects, ...shadowed]) {
    if (!object.stream || !isDict(object.value)) continue;
    const cap = Math.min(limits['stream-bytes'], limits['document-bytes'] - total);
    const data = decodeCapped(object.stream, filtersOf(object.value, resolve), Math.max(0, cap));
    if (data === 'over') {
      if (cap < limits['stream-bytes']) throw new LimitError(file, 'document-bytes', limits['document-bytes'], 'hostile PDF: its streams decode to more bytes than allowed');
      throw new LimitError(file, 'stream-bytes', limits['stream-bytes'], `hostile PDF: stream ${ref} decodes to more bytes than allowed`);
    }
    total += data.length;
    // Only what pdf.js may parse as operators is kept: a page's content (no subtype) or a form.
    const subtype = object.value.get('Subtype');
    const type = object.value.get('Type');
    const content = subtype === undefined || (isName(subtype) && subtype.name === 'Form');
    const pattern = object.value.get('PatternType') === 1;
    const live = objects.get(ref) === object;
    if (live && (pattern || (content && (type === undefined || (isName(type) && type.name === 'XObject')) && !object.value.has('Length1')))) decoded.set(ref, data);
  }
  return decoded;
}

/** The page dictionaries in page-tree order (from the catalog), or in file order when the tree cannot be walked. */
function pagesInOrder(objects: Map<number, RawObject>, resolve: (v: PdfValue | undefined) => PdfValue | undefined): PdfDict[] {
  const typed = (d: PdfValue | undefined, type: string) => isDict(d) && isName(d.get('Type')) && (d.get('Type') as { name: string }).name === type;
  const catalog = [...objects.values()].map((o) => o.value).find((v) => typed(v, 'Catalog')) as PdfDict | undefined;
  const pages: PdfDict[] = [];
  const seen = new Set<PdfValue>();
  const stack: PdfValue[] = catalog ? [resolve(catalog.get('Pages'))!] : [];
  while (stack.length > 0) {
    const node = resolve(stack.pop());
    if (!isDict(node) || seen.has(node)) continue;
    seen.add(node);
    if (typed(node, 'Page')) pages.push(node);
    else {
      const kids = resolve(node.get('Kids'));
      if (Array.isArray(kids)) for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
    }
  }
  if (pages.length > 0) return pages;
  return [...objects.values()].map((o) => o.value).filter((v): v is PdfDict => typed(v, 'Page'));
}

/** A page's /Resources, or the nearest ancestor's (resources are inherited down the page tree). */
function inheritedResources(page: PdfDict, resolve: (v: PdfValue | undefined) => PdfValue | undefined): PdfValue | undefined {
  let node: PdfValue | undefined = page;
  for (let hops = 0; isDict(node) && hops < 64; hops++) {
    if (node.has('Resources')) return node.get('Resources');
    node = resolve(node.get('Parent'));
  }
  return undefined;
}

/**
 * Counts the operators of a content stream, the bytes of its strings, and the names it draws with
 * Do or paints with scn/SCN, skipping strings, arrays of operands, dictionaries, comments and
 * inline image data as pdf.js's lexer does.
 */
export function tokenise(bytes: Uint8Array): ContentCost {
  let operators = 0;
  let chars = 0;
  const uses = new Map<string, number>();
  // The last token when it was a name: [start, end) of its text, else -1.
  let nameStart = -1;
  let nameEnd = -1;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const c = bytes[i]!;
    if (isWhitespace(c)) {
      i++;
      continue;
    }
    if (c === 0x25) {
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
      continue;
    }
    if (c === 0x28) {
      nameStart = -1;
      const end = skipLiteralString(bytes, i);
      chars += end - i - 2;
      i = end;
      continue;
    }
    if (c === 0x3c && bytes[i + 1] !== 0x3c) {
      const close = bytes.indexOf(0x3e, i);
      chars += Math.ceil(((close < 0 ? n : close) - i - 1) / 2);
      i = close < 0 ? n : close + 1;
      nameStart = -1;
      continue;
    }
    if (!isRegular(c) && c !== 0x2f) {
      i++;
      nameStart = -1;
      continue;
    }
    const start = i;
    i++;
    while (i < n && isRegular(bytes[i]!)) i++;
    if (c === 0x2f) {
      nameStart = start + 1;
      nameEnd = i;
      continue;
    }
    const length = i - start;
    // Numbers, and true, false, null, are operands, not operators.
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || (c === 0x74 && length === 4) || (c === 0x66 && length === 5) || (c === 0x6e && length === 4)) {
      nameStart = -1;
      continue;
    }
    operators++;
    if (length === 2 && c === 0x44 && bytes[start + 1] === 0x6f && nameStart >= 0) {
      const name = `X/${latin1(bytes, nameStart, nameEnd)}`;
      uses.set(name, (uses.get(name) ?? 0) + 1);
    } else if (length === 3 && (c === 0x73 || c === 0x53) && nameStart >= 0 && isScn(bytes, start)) {
      const name = `P/${latin1(bytes, nameStart, nameEnd)}`;
      uses.set(name, (uses.get(name) ?? 0) + 1);
    } else if (length === 2 && c === 0x49 && bytes[start + 1] === 0x44) {
      // Inline image data runs to "EI" between whitespace.
      let j = i + 1;
      while (j < n && !(bytes[j] === 0x45 && bytes[j + 1] === 0x49 && isWhitespace(bytes[j - 1]!) && (j + 2 >= n || !isRegular(bytes[j + 2]!)))) j++;
      i = j + 2;
    }
    nameStart = -1;
  }
  return { operators, chars, uses };
}

/** "scn" or "SCN" at `at`: set a colour, here a pattern named by the operand before it. */
function isScn(bytes: Uint8Array, at: number): boolean {
  const [a, b, c] = [bytes[at], bytes[at + 1], bytes[at + 2]];
  return (a === 0x73 && b === 0x63 && c === 0x6e) || (a === 0x53 && b === 0x43 && c === 0x4e);
}
