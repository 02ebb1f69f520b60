/**
 * Decrypting the streams of an encrypted PDF for the budget pre-scan (pdf-prescan.ts), which
 * otherwise sees only ciphertext there: a deflate bomb or a fan-out of forms inside an encrypted
 * file would reach pdf.js unmeasured, and pdf.js cannot be stopped once it has started on one.
 * The standard security handler (ISO 32000-2, 7.6.4), as pdf.js implements it: RC4 40–128-bit
 * (V1/V2, R2/R3), crypt filters with RC4 or AES-128 (V4, R4), AES-256 (V5, R5/R6); the key from
 * the password given (empty by default) as user password, else as owner password. A file whose
 * key cannot be found here is one pdf.js refuses too (a password is needed, or the handler is not
 * the standard one); then the pre-scan reads what it can and the reading-time budgets remain.
 * RC4 is written out: OpenSSL 3 no longer offers it to node:crypto.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { isDict, isName, isRef, stringBytes, type PdfDict, type PdfValue, type RawObject } from './pdf-objects.js';

/** The padding string of algorithm 2 (7.6.4.3.2). */
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/** How the streams of this file are encrypted: a function of the object's number and generation. */
export type StreamCipher = (number: number, generation: number, data: Uint8Array) => Uint8Array;

/**
 * Replaces each stream of an encrypted document (and of definitions later ones replaced) by its plaintext. Returns 'locked' when the file
 * is encrypted and its key could not be found, 'plain' when it is not encrypted, else 'decrypted'.
 */
export function decryptStreams(objects: Map<number, RawObject>, trailers: readonly PdfDict[], password = '', shadowed: readonly [number, RawObject][] = []): 'plain' | 'decrypted' | 'locked' {
  const trailer = [...trailers].reverse().find((t) => t.has('Encrypt'));
  if (!trailer) return 'plain';
  const encryptRef = trailer.get('Encrypt');
  const encrypt = isRef(encryptRef) ? objects.get(encryptRef.ref)?.value : encryptRef;
  if (!isDict(encrypt)) return 'locked';
  const id = idOf(trailer) ?? idOf([...trailers].reverse().find((t) => idOf(t) !== null)) ?? new Uint8Array(0);
  const cipher = streamCipher(encrypt, id, password);
  if (!cipher) return 'locked';
  for (const [number, object] of [...objects, ...shadowed]) {
    if (!object.stream || (isRef(encryptRef) && number === encryptRef.ref)) continue;
    // Cross-reference streams are never encrypted (7.6.2).
    const type = isDict(object.value) ? object.value.get('Type') : undefined;
    if (isName(type) && type.name === 'XRef') continue;
    object.stream = cipher(number, object.generation, object.stream);
  }
  return 'decrypted';
}

function idOf(trailer: PdfDict | undefined): Uint8Array | null {
  const id = trailer?.get('ID');
  return Array.isArray(id) && id.length > 0 ? stringBytes(id[0]) : null;
}

/** The cipher of the streams, or null when the key cannot be found. */
export function streamCipher(encrypt: PdfDict, id: Uint8Array, password: string): StreamCipher | null {
  const filter = encrypt.get('Filter');
  const v = encrypt.get('V');
  const r = encrypt.get('R');
  if (!isName(filter) || filter.name !== 'Standard' || typeof r !== 'number' || ![1, 2, 4, 5].includes(v as number)) return null;
  const o = stringBytes(encrypt.get('O'));
  const u = stringBytes(encrypt.get('U'));
  if (!o || !u) return null;

  let key: Uint8Array | null;
  if (v === 5) {
    key = aes256Key(r, Buffer.from(password, 'utf8').subarray(0, 127), o, u, stringBytes(encrypt.get('OE')), stringBytes(encrypt.get('UE')));
  } else {
    const bits = keyBits(encrypt, v as number);
    if (bits === null) return null;
    const p = typeof encrypt.get('P') === 'number' ? (encrypt.get('P') as number) : 0;
    const metadata = v === 4 && encrypt.get('EncryptMetadata') === false ? false : true;
    const legacy = (pw: Uint8Array) => legacyKey(pw, o.subarray(0, 32), u.subarray(0, 32), p, id, r, bits / 8, metadata);
    const pw = Buffer.from(password, 'latin1');
    key = legacy(pw) ?? (password ? legacy(userFromOwner(pw, o.subarray(0, 32), r, bits / 8)) : null);
    if (key && v === 4 && key.length < 16) key = Uint8Array.from({ length: 16 }, (_, i) => key![i] ?? 0);
  }
  if (!key) return null;
  const fileKey = key;

  // V4/V5: the stream filter named by /StmF in /CF (Identity, or a filter without a method: none).
  let method = 'V2';
  if (v === 4 || v === 5) {
    const stmf = encrypt.get('StmF');
    const cf = encrypt.get('CF');
    const filterDict = isName(stmf) && isDict(cf) ? cf.get(stmf.name) : undefined;
    const cfm = isDict(filterDict) ? filterDict.get('CFM') : undefined;
    if (!isName(cfm) || cfm.name === 'None') return (_n, _g, data) => data;
    method = cfm.name;
  }
  switch (method) {
    case 'V2':
      return (n, g, data) => rc4(objectKey(fileKey, n, g, false), data);
    case 'AESV2':
      return (n, g, data) => aesDecrypt('aes-128-cbc', objectKey(fileKey, n, g, true), data);
    case 'AESV3':
      return (_n, _g, data) => aesDecrypt('aes-256-cbc', fileKey, data);
    default:
      return null;
  }
}

/** The key length in bits: /Length, else the stream crypt filter's, else 40 (V1/V2) or 128. */
function keyBits(encrypt: PdfDict, v: number): number | null {
  let bits: PdfValue | undefined = encrypt.get('Length');
  if (!bits) {
    bits = 40;
    const cf = encrypt.get('CF');
    const stmf = encrypt.get('StmF');
    if (v >= 4 && isDict(cf) && isName(stmf)) {
      const handler = cf.get(stmf.name);
      bits = (isDict(handler) ? handler.get('Length') : undefined) || 128;
      if (typeof bits === 'number' && bits < 40) bits *= 8;
    }
  }
  return typeof bits === 'number' && Number.isInteger(bits) && bits >= 40 && bits % 8 === 0 && bits <= 128 ? bits : null;
}

const md5 = (...parts: Uint8Array[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: Uint8Array) => Buffer.concat([password.subarray(0, 32), PAD]).subarray(0, 32);
const xorKey = (key: Uint8Array, i: number) => Uint8Array.from(key, (b) => b ^ i);

/** Algorithm 2 (the file key from a user password), checked against /U by algorithm 4 or 5. */
function legacyKey(password: Uint8Array, o: Uint8Array, u: Uint8Array, p: number, id: Uint8Array, r: number, length: number, metadata: boolean): Uint8Array | null {
  const flags = Buffer.alloc(4);
  flags.writeInt32LE(p | 0);
  let hash = md5(padded(password), o, flags, id, r >= 4 && !metadata ? Buffer.from([0xff, 0xff, 0xff, 0xff]) : Buffer.alloc(0));
  if (r >= 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, length));
  const key = hash.subarray(0, length);
  let check: Uint8Array;
  if (r >= 3) {
    check = rc4(key, md5(PAD, id));
    for (let i = 1; i <= 19; i++) check = rc4(xorKey(key, i), check);
  } else check = rc4(key, PAD);
  return check.every((b, k) => u[k] === b) ? key : null;
}

/** Algorithm 7's first steps: the user password held in /O, from the owner password. */
function userFromOwner(owner: Uint8Array, o: Uint8Array, r: number, length: number): Uint8Array {
  let hash = md5(padded(owner));
  if (r >= 3) for (let i = 0; i < 50; i++) hash = md5(hash);
  const key = hash.subarray(0, length);
  if (r < 3) return rc4(key, o);
  let user: Uint8Array = o;
  for (let i = 19; i >= 0; i--) user = rc4(xorKey(key, i), user);
  return user;
}

/** R5/R6 (algorithms 2.A, 2.B): the file key from /UE or /OE, once the password checks out. */
function aes256Key(r: number, password: Uint8Array, o: Uint8Array, u: Uint8Array, oe: Uint8Array | null, ue: Uint8Array | null): Uint8Array | null {
  if (o.length < 48 || u.length < 48) return null;
  const hash = r === 6 ? hash2B : (pw: Uint8Array, salt: Uint8Array, udata: Uint8Array) => createHash('sha256').update(Buffer.concat([pw, salt, udata])).digest();
  const none = new Uint8Array(0);
  const unwrap = (kek: Uint8Array, wrapped: Uint8Array | null) => {
    if (!wrapped || wrapped.length < 32) return null;
    const decipher = createDecipheriv('aes-256-cbc', kek, Buffer.alloc(16)).setAutoPadding(false);
    return Buffer.concat([decipher.update(wrapped.subarray(0, 32)), decipher.final()]);
  };
  const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (same(hash(password, u.subarray(32, 40), none), u.subarray(0, 32))) return unwrap(hash(password, u.subarray(40, 48), none), ue);
  const udata = u.subarray(0, 48);
  if (password.length > 0 && same(hash(password, o.subarray(32, 40), udata), o.subarray(0, 32))) return unwrap(hash(password, o.subarray(40, 48), udata), oe);
  return null;
}

/** Algorithm 2.B: at least 64 rounds of AES-128 and SHA-2, ending as the last byte decides. */
function hash2B(password: Uint8Array, salt: Uint8Array, udata: Uint8Array): Uint8Array {
  let k: Buffer = createHash('sha256').update(Buffer.concat([password, salt, udata])).digest();
  for (let round = 1; ; round++) {
    const block = Buffer.concat([password, k, udata]);
    const k1 = Buffer.concat(Array.from({ length: 64 }, () => block));
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    const e = Buffer.concat([cipher.update(k1), cipher.final()]);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i]!;
    k = createHash(['sha256', 'sha384', 'sha512'][sum % 3]!).update(e).digest();
    if (round >= 64 && e[e.length - 1]! <= round - 32) break;
  }
  return k.subarray(0, 32);
}

/** The key of one object (algorithm 1): the file key with the object's number and generation. */
function objectKey(key: Uint8Array, number: number, generation: number, aes: boolean): Uint8Array {
  const salt = aes ? Buffer.from('sAlT', 'latin1') : Buffer.alloc(0);
  const id = Buffer.from([number & 0xff, (number >> 8) & 0xff, (number >> 16) & 0xff, generation & 0xff, (generation >> 8) & 0xff]);
  return md5(key, id, salt).subarray(0, Math.min(key.length + 5, 16));
}

export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    const t = s[i]!;
    s[i] = s[j]!;
    s[j] = t;
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    const t = s[i]!;
    s[i] = s[j]!;
    s[j] = t;
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

/**
 * AES-CBC with the initial vector in the first 16 bytes (7.6.3); a padding that is not valid is
 * kept, a trailing partial block dropped, as pdf.js reads damaged ciphertext.
 */
function aesDecrypt(algorithm: 'aes-128-cbc' | 'aes-256-cbc', key: Uint8Array, data: Uint8Array): Uint8Array {
  const blocks = Math.floor(data.length / 16);
  if (blocks < 2) return new Uint8Array(0);
  const decipher = createDecipheriv(algorithm, key, data.subarray(0, 16)).setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(data.subarray(16, blocks * 16)), decipher.final()]);
  const pad = plain[plain.length - 1]!;
  const valid = pad >= 1 && pad <= 16 && plain.subarray(plain.length - pad).every((b) => b === pad);
  return valid ? plain.subarray(0, plain.length - pad) : plain;
}
