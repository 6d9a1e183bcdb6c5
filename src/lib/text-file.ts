/**
 * Reading content files as UTF-8, strictly. `readFileSync(path, 'utf8')`
 * turns a broken byte sequence into U+FFFD without a word; a law copied
 * exactly cannot allow that, so every content file is decoded with a fatal
 * TextDecoder and a bad sequence is reported with its byte offset and line.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ContentError, type Problem } from './validate.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Byte offsets where an invalid UTF-8 sequence starts (at most `limit`). */
export function invalidUtf8Offsets(bytes: Uint8Array, limit = 5): number[] {
  const bad: number[] = [];
  let i = 0;
  while (i < bytes.length && bad.length < limit) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      bad.push(i);
      i++;
      continue;
    }
    let cp = b & (0x3f >> need);
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      bad.push(i);
      i++;
      continue;
    }
    i += need + 1;
  }
  return bad;
}

/** Line (1-based) and column (1-based, in bytes) of a byte offset. */
export function lineOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < bytes.length; i++)
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  return { line, column: offset - start + 1 };
}

/** The problems of a byte buffer that is not valid UTF-8 (empty when it is). */
export function utf8Problems(bytes: Uint8Array, file: string): Problem[] {
  try {
    decoder.decode(bytes);
    return [];
  } catch {
    return invalidUtf8Offsets(bytes).map((o) => {
      const { line, column } = lineOf(bytes, o);
      const hex = Array.from(bytes.subarray(o, o + 4), (x) => x.toString(16).padStart(2, '0')).join(' ');
      return {
        file,
        path: `baris ${line}, kolom ${column} (bita ke-${o})`,
        message: `teks bukan UTF-8 yang sah (bita ${hex}); simpan berkas sebagai UTF-8, jangan biarkan huruf berubah menjadi "\uFFFD"`,
      };
    });
  }
}

/** Decodes UTF-8 strictly; throws ContentError naming file, byte offset and line. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const problems = utf8Problems(bytes, file);
  if (problems.length) throw new ContentError(problems);
  return decoder.decode(bytes);
}

/** Reads a content file as strict UTF-8 (see decodeUtf8). */
export function readText(path: string): string {
  return decodeUtf8(readFileSync(path), relative(process.cwd(), path));
}
