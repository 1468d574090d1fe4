import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Hex, toHex } from './sha256.js';

describe('sha256Hex()', () => {
  // Published vectors (FIPS 180-4 examples, NIST CAVS) and UTF-8 text, with the expected digest written out.
  const vectors: Array<[name: string, input: string, digest: string]> = [
    ['the empty string', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'the two-block FIPS example',
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    ['1000 × "a"', 'a'.repeat(1000), '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3'],
    ['UTF-8 text with æøå', 'Blåbærsyltetøj på æøå ÆØÅ', '3a57b89b9f0410b05ecf98b5780a5b24711b56b500c2c6379c7dc265dc409fd8'],
  ];

  for (const [name, input, digest] of vectors) {
    it(`hashes ${name}`, () => {
      expect(sha256Hex(input)).toBe(digest);
    });
  }

  // Padding edge cases: the length field fits in the last block (≤ 55 bytes) or needs a new one (≥ 56).
  it('agrees with node:crypto around the padding boundaries', () => {
    for (const length of [1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 4097]) {
      const input = 'x'.repeat(length);
      expect(sha256Hex(input), `length ${length}`).toBe(createHash('sha256').update(input, 'utf8').digest('hex'));
    }
  });

  it('agrees with node:crypto on multi-byte characters, including astral ones', () => {
    const input = 'Ærlig talt, øl på Åland 🍪 — Þórsmörk, ß, Ω';
    expect(sha256Hex(input)).toBe(createHash('sha256').update(input, 'utf8').digest('hex'));
  });
});

describe('sha256()', () => {
  it('returns 32 bytes and hashes raw bytes', () => {
    const bytes = new Uint8Array([0, 255, 128, 1]);
    const digest = sha256(bytes);
    expect(digest).toHaveLength(32);
    expect(toHex(digest)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
