import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { parse, stringify } from 'yaml';
import { checkContent, missingParts } from '../../src/lib/content-check.ts';
import { decodeUtf8, invalidUtf8Offsets, utf8Problems } from '../../src/lib/text-file.ts';
import { isCalendarDate } from '../../src/lib/schema/regulation.ts';
import { ContentError, parseRegulation } from '../../src/lib/validate.ts';
import { REGULATIONS_DIR, regulationSlugs } from '../../src/lib/regulation-folder.ts';
import { gambarMentions } from '../../src/lib/figures/load.ts';
import { loadRegulations } from '../../src/lib/load.ts';

const real = loadRegulations();
const realSlugs = regulationSlugs();

const problemsOfDoc = (doc: unknown, file: string) => {
  try {
    parseRegulation(stringify(doc), file);
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  return [];
};

describe('dates of the calendar', () => {
  it('knows leap years and month lengths', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-31')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-00-10')).toBe(false);
    expect(isCalendarDate('2024-04-31')).toBe(false);
    expect(isCalendarDate('2024-12-31')).toBe(true);
  });

  it('the schema rejects an impossible date, naming the field', () => {
    const slug = realSlugs[0]!;
    const file = `content/regulations/${slug}/peraturan.yaml`;
    const doc = parse(readFileSync(join(REGULATIONS_DIR, slug, 'peraturan.yaml'), 'utf8'));
    doc.meta.ditetapkan.tanggal = '2024-02-31';
    doc.meta.mulaiBerlaku.tanggal = '2024-13-01';
    const problems = problemsOfDoc(doc, file);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file, path: 'meta.ditetapkan.tanggal', message: expect.stringMatching(/kalender/) }),
        expect.objectContaining({ file, path: 'meta.mulaiBerlaku.tanggal', message: expect.stringMatching(/kalender/) }),
      ]),
    );
    // A malformed date is reported once, as malformed.
    doc.meta.ditetapkan.tanggal = '31-01-2024';
    doc.meta.mulaiBerlaku.tanggal = real[0]!.meta.mulaiBerlaku.tanggal;
    const again = problemsOfDoc(doc, file).filter((p) => p.path === 'meta.ditetapkan.tanggal');
    expect(again).toHaveLength(1);
    expect(again[0]!.message).toMatch(/YYYY-MM-DD/);
  });
});

describe('strict UTF-8', () => {
  const enc = new TextEncoder();
  it('finds the byte offset and line of a broken sequence', () => {
    const bytes = new Uint8Array([...enc.encode('baris satu\nbaris dua é\nPasal '), 0xff, ...enc.encode(' tiga\n')]);
    const at = bytes.indexOf(0xff);
    expect(invalidUtf8Offsets(bytes)).toEqual([at]);
    const [p] = utf8Problems(bytes, 'x/sumber.txt');
    expect(p!.file).toBe('x/sumber.txt');
    expect(p!.path).toContain('baris 3');
    expect(p!.path).toContain(`bita ke-${at}`);
    expect(p!.message).toMatch(/bukan UTF-8/);
    expect(() => decodeUtf8(bytes, 'x/sumber.txt')).toThrow(ContentError);
  });

  it('rejects truncated, overlong and surrogate sequences, accepts valid text', () => {
    expect(invalidUtf8Offsets(new Uint8Array([0x61, 0xc3]))).toEqual([1]); // truncated é
    expect(invalidUtf8Offsets(new Uint8Array([0xc0, 0xaf]))).toEqual([0, 1]); // overlong "/"
    expect(invalidUtf8Offsets(new Uint8Array([0xed, 0xa0, 0x80]))).toEqual([0, 1, 2]); // surrogate
    const ok = enc.encode('Kabupaten Pati — “Gambar 1” ✓ 𝄞');
    expect(invalidUtf8Offsets(ok)).toEqual([]);
    expect(decodeUtf8(ok, 'f')).toBe('Kabupaten Pati — “Gambar 1” ✓ 𝄞');
  });
});

describe('the content check lists every problem of every folder', () => {
  let dir: string;
  let report: ReturnType<typeof checkContent>;
  const [datePart, utf8Part, gambarPart, unitPart, missingPart] = realSlugs;
  const rel = (slug: string, f: string) => relative(process.cwd(), join(dir, slug, f));
  const find = (file: string, re: RegExp, path?: string) =>
    report.problems.filter((p) => p.file === file && re.test(p.message) && (path === undefined || p.path === path));
  let removedGambar = '';
  let renamedUnit = '';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sk-check-'));
    cpSync(REGULATIONS_DIR, dir, { recursive: true });
    // 1. An impossible date.
    const f1 = join(dir, datePart!, 'peraturan.yaml');
    writeFileSync(f1, readFileSync(f1, 'utf8').replace(/tanggal: "?(\d{4})-\d{2}-\d{2}"?/, 'tanggal: "$1-02-31"'));
    // 2. A byte that is not UTF-8 in the source extraction.
    const f2 = join(dir, utf8Part!, 'sumber.txt');
    const b = readFileSync(f2);
    writeFileSync(f2, Buffer.concat([b.subarray(0, 200), Buffer.from([0xe9]), b.subarray(200)]));
    // 3. A Gambar the text mentions that the map does not cover.
    const f3 = join(dir, gambarPart!, 'gambar.yaml');
    const map = parse(readFileSync(f3, 'utf8'));
    const reg3 = real.find((r) => r.slug === gambarPart)!;
    const mentioned = new Set(gambarMentions(reg3).map((m) => m.nomor));
    const idx = map.gambar.findIndex(
      (e: { nomor: string }) =>
        mentioned.has(e.nomor) && map.gambar.filter((x: { nomor: string }) => x.nomor.replace(/-\d+$/, '') === e.nomor).length === 1,
    );
    removedGambar = map.gambar[idx].nomor;
    map.gambar.splice(idx, 1);
    writeFileSync(f3, stringify(map));
    // 4. A checker unit its provision does not name.
    const f4 = join(dir, unitPart!, 'penilai-kinerja.yaml');
    const rules = parse(readFileSync(f4, 'utf8'));
    const u = rules.unit.findIndex((x: { jenis?: string }) => !x.jenis);
    renamedUnit = `unit[${u}].nama`;
    rules.unit[u].nama = 'Badan Urusan Antariksa Daerah';
    rules.unit[u].alias = [];
    writeFileSync(f4, stringify(rules));
    // 5. A folder missing its checker rules and its source extraction.
    rmSync(join(dir, missingPart!, 'penilai-kinerja.yaml'));
    rmSync(join(dir, missingPart!, 'sumber.txt'));
    // 6. A copied folder whose slug still says the original.
    cpSync(join(dir, missingPart!), join(dir, 'salinan'), { recursive: true });
    // 7. A folder with nothing in it yet.
    mkdirSync(join(dir, 'kosong'));
    report = checkContent({ regulations: dir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('an impossible date', () => {
    expect(find(rel(datePart!, 'peraturan.yaml'), /kalender/, 'meta.ditetapkan.tanggal')).toHaveLength(1);
  });
  it('text that is not UTF-8, with line and byte offset', () => {
    const [p] = find(rel(utf8Part!, 'sumber.txt'), /bukan UTF-8/);
    expect(p!.path).toMatch(/^baris \d+, kolom \d+ \(bita ke-200\)$/);
  });
  it('a Gambar the text mentions that no figure map covers', () => {
    expect(find(rel(gambarPart!, 'gambar.yaml'), new RegExp(`menyebut Gambar ${removedGambar},`)).length).toBeGreaterThan(0);
  });
  it('a checker unit not named by its provision', () => {
    expect(find(rel(unitPart!, 'penilai-kinerja.yaml'), /Badan Urusan Antariksa Daerah.*tidak terdapat/, renamedUnit)).toHaveLength(1);
  });
  it('missing checker rules and missing source extraction, named plainly', () => {
    expect(find(rel(missingPart!, 'penilai-kinerja.yaml'), /belum ada/)).toHaveLength(1);
    expect(find(rel(missingPart!, 'sumber.txt'), /belum ada/)).toHaveLength(1);
  });
  it('a folder whose slug differs from its metadata', () => {
    expect(find(rel('salinan', 'peraturan.yaml'), /harus sama dengan nama folder "salinan"/, 'slug')).toHaveLength(1);
  });
  it('a folder with no parts at all names each missing part', () => {
    for (const f of ['peraturan.yaml', 'sumber.txt', 'penilai-kinerja.yaml'])
      expect(find(rel('kosong', f), /belum ada|tidak berisi/)).toHaveLength(1);
  });
  it('the valid regulations still pass, and nothing is reported twice', () => {
    const keys = report.problems.map((p) => `${p.file}|${p.path}|${p.message}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(report.regs.map((r) => r.slug).sort()).toEqual(realSlugs.filter((s) => s !== datePart).sort());
  });
});

describe('folder parts', () => {
  it('a complete folder misses nothing; gambar.yaml is required when the text mentions a Gambar', () => {
    for (const s of realSlugs) expect(missingParts(s)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'sk-parts-'));
    try {
      const withGambar = real.find((r) => gambarMentions(r).length)!;
      cpSync(join(REGULATIONS_DIR, withGambar.slug), join(dir, withGambar.slug), { recursive: true });
      rmSync(join(dir, withGambar.slug, 'gambar.yaml'));
      const report = checkContent({ regulations: dir });
      const file = relative(process.cwd(), join(dir, withGambar.slug, 'gambar.yaml'));
      expect(report.problems.filter((p) => p.file === file && /peta gambar belum ada/.test(p.message))).toHaveLength(1);
      expect(readdirSync(join(dir, withGambar.slug))).not.toContain('gambar.yaml');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the committed content passes the whole check', () => {
    const report = checkContent();
    expect(report.problems).toEqual([]);
    expect(report.regs.map((r) => r.slug).sort()).toEqual(realSlugs);
  });
});
