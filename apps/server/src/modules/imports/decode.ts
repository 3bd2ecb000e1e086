import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

/**
 * The share of the bytes at even (0) or odd (1) positions that are 0x00 or 0x04: in UTF-16 text in
 * Latin or Cyrillic script the high byte of nearly every character is one of those two.
 */
function utf16HighBytes(sample: Uint8Array, parity: 0 | 1): number {
  let n = 0;
  let total = 0;
  for (let i = parity; i < sample.length; i += 2, total++) if (sample[i] === 0 || sample[i] === 4) n++;
  return total ? n / total : 0;
}

/**
 * Guesses how a text file was saved. A BOM decides; otherwise the high bytes of UTF-16 give it away,
 * valid UTF-8 is UTF-8, and what is left is a legacy single-byte code page: Windows-1251
 * when most letters are in the Cyrillic byte range (exports from Ukrainian/Russian Excel),
 * Windows-1252 otherwise (Italian and other western exports).
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 4096);
  if (utf16HighBytes(sample, 1) > 0.9 && utf16HighBytes(sample, 0) < 0.5) return 'utf-16le';
  if (utf16HighBytes(sample, 0) > 0.9 && utf16HighBytes(sample, 1) < 0.5) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    // not UTF-8: a legacy code page
  }
  let high = 0;
  let latin = 0;
  for (const b of sample) {
    if (b >= 0xc0) high++;
    else if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) latin++;
  }
  return high > latin / 2 ? 'windows-1251' : 'windows-1252';
}

/** Decodes the bytes and drops a leading BOM. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
