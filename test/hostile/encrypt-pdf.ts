/**
 * Encrypted PDFs for the hostile-file tests, written here from the PDF specification (ISO 32000,
 * 7.6: the standard security handler) so that no encryption tool is needed: RC4 128-bit (V2 R3),
 * AES-128 (V4 R4, AESV2) and AES-256 (V5 R6, AESV3). The user password is empty by default (the
 * file opens without one, as most "protected" PDFs do) and the owner password is "owner".
 * RC4 is written out (OpenSSL 3 no longer offers it); AES and the hashes are node:crypto's.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { pdfOf, type PdfObject } from './hostile-pdfs.js';

export type Encryption = 'rc4' | 'aes128' | 'aes256';

/** The padding string of algorithm 2. */
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
/** All permissions granted. */
const P = -4;

export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

const md5 = (...parts: Uint8Array[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);
const xorKey = (key: Uint8Array, i: number) => Uint8Array.from(key, (b) => b ^ i);
const hex = (bytes: Uint8Array) => `<${Buffer.from(bytes).toString('hex')}>`;
const le32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32LE(n);
  return b;
};

/** Algorithms 3, 2 and 5 (R3/R4): the owner entry, the file key, the user entry. */
function legacyKeys(user: string, owner: string, id: Uint8Array) {
  let h = md5(padded(owner));
  for (let i = 0; i < 50; i++) h = md5(h);
  let o = rc4(h.subarray(0, 16), padded(user));
  for (let i = 1; i <= 19; i++) o = rc4(xorKey(h.subarray(0, 16), i), o);
  let key = md5(padded(user), o, le32(P), id);
  for (let i = 0; i < 50; i++) key = md5(key.subarray(0, 16));
  key = key.subarray(0, 16);
  let u = rc4(key, md5(PAD, id));
  for (let i = 1; i <= 19; i++) u = rc4(xorKey(key, i), u);
  return { key, o, u: Buffer.concat([u, Buffer.alloc(16)]) };
}

/** Algorithm 2.B (R6): the hash of a password with a salt (and the user entry, for the owner). */
function hash6(password: Uint8Array, salt: Uint8Array, udata: Uint8Array): Buffer {
  let k = createHash('sha256').update(Buffer.concat([password, salt, udata])).digest();
  for (let round = 0; ; round++) {
    const k1 = Buffer.concat(Array.from({ length: 64 }, () => Buffer.concat([password, k, udata])));
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    const e = Buffer.concat([cipher.update(k1), cipher.final()]);
    let mod = 0;
    for (let i = 0; i < 16; i++) mod += e[i]!;
    k = createHash(['sha256', 'sha384', 'sha512'][mod % 3]!).update(e).digest();
    if (round >= 63 && e[e.length - 1]! <= round - 31) break;
  }
  return k.subarray(0, 32);
}

function aes256(key: Uint8Array, data: Uint8Array): Buffer {
  const cipher = createCipheriv('aes-256-cbc', key, Buffer.alloc(16)).setAutoPadding(false);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

/** The encryption dictionary's entries and how to encrypt the data of object `number`. */
function securityHandler(method: Encryption, user: string, owner: string, id: Uint8Array) {
  if (method === 'aes256') {
    const key = randomBytes(32);
    const [uv, uk, ov, ok] = [randomBytes(8), randomBytes(8), randomBytes(8), randomBytes(8)];
    const pu = Buffer.from(user, 'utf8');
    const po = Buffer.from(owner, 'utf8');
    const u = Buffer.concat([hash6(pu, uv, Buffer.alloc(0)), uv, uk]);
    const o = Buffer.concat([hash6(po, ov, u), ov, ok]);
    const ue = aes256(hash6(pu, uk, Buffer.alloc(0)), key);
    const oe = aes256(hash6(po, ok, u), key);
    const perms = aes256(key, Buffer.concat([le32(P), Buffer.from([0xff, 0xff, 0xff, 0xff]), Buffer.from('Tadb'), randomBytes(4)]).subarray(0, 16)).subarray(0, 16);
    return {
      dict: `<< /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF /O ${hex(o)} /U ${hex(u)} /OE ${hex(oe)} /UE ${hex(ue)} /Perms ${hex(perms)} /P ${P} >>`,
      encrypt: (_number: number, data: Uint8Array) => aesCbc('aes-256-cbc', key, data),
    };
  }
  const { key, o, u } = legacyKeys(user, owner, id);
  const objectKey = (number: number, aes: boolean) =>
    md5(key, Buffer.from([number & 0xff, (number >> 8) & 0xff, (number >> 16) & 0xff, 0, 0]), aes ? Buffer.from('sAlT', 'latin1') : Buffer.alloc(0)).subarray(0, 16);
  if (method === 'aes128') {
    return {
      dict: `<< /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF /O ${hex(o)} /U ${hex(u)} /P ${P} >>`,
      encrypt: (number: number, data: Uint8Array) => aesCbc('aes-128-cbc', objectKey(number, true), data),
    };
  }
  return {
    dict: `<< /Filter /Standard /V 2 /R 3 /Length 128 /O ${hex(o)} /U ${hex(u)} /P ${P} >>`,
    encrypt: (number: number, data: Uint8Array) => rc4(objectKey(number, false), data),
  };
}

/** A random initial vector, then the data in CBC mode with PKCS#7 padding (7.6.3). */
function aesCbc(algorithm: string, key: Uint8Array, data: Uint8Array): Buffer {
  const iv = randomBytes(16);
  const cipher = createCipheriv(algorithm, key, iv);
  return Buffer.concat([iv, cipher.update(data), cipher.final()]);
}

/**
 * A PDF of these objects with every stream encrypted (the objects hold no strings outside
 * streams, so only streams need it). The encryption dictionary is added as the last object.
 */
export function encryptedPdf(method: Encryption, user = '', owner = 'owner'): (objects: PdfObject[]) => Uint8Array {
  return (objects) => {
    const id = randomBytes(16);
    const handler = securityHandler(method, user, owner, id);
    const all = [...objects, handler.dict];
    return pdfOf(all, undefined, `/Encrypt ${all.length} 0 R /ID [${hex(id)} ${hex(id)}] `, handler.encrypt);
  };
}
