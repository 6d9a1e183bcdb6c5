import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegulations } from '../../src/lib/load.ts';
import { provisionMap } from '../../src/lib/provisions.ts';
import { loadAlignment, ALIGNMENT_DIR } from '../../src/lib/compare/load.ts';
import { AlignmentError, validateAlignment, type AlignmentSources } from '../../src/lib/compare/validate.ts';
import { lampiranExtent } from '../../src/lib/compare/texts.ts';

const regs = loadRegulations();
const alignment = loadAlignment();

/** The real alignment files, with one of them replaced, for the failure cases. */
function sources(replace: Partial<Record<'topic' | 'terms' | 'distinctive', string>> = {}, topicName = 'penugasan'): AlignmentSources {
  const read = (f: string) => ({ file: `content/alignment/${f}`, text: readFileSync(join(ALIGNMENT_DIR, f), 'utf8') });
  const topics = readdirSync(join(ALIGNMENT_DIR, 'topik')).sort().map((f) => read(`topik/${f}`));
  if (replace.topic !== undefined) {
    const i = topics.findIndex((t) => t.file.endsWith(`/${topicName}.yaml`));
    if (i >= 0) topics[i] = { file: topics[i]!.file, text: replace.topic };
    else topics.push({ file: `content/alignment/topik/${topicName}.yaml`, text: replace.topic });
  }
  return {
    topics,
    terms: replace.terms !== undefined ? { file: 'content/alignment/definisi.yaml', text: replace.terms } : read('definisi.yaml'),
    distinctive: replace.distinctive !== undefined ? { file: 'content/alignment/kekhasan.yaml', text: replace.distinctive } : read('kekhasan.yaml'),
  };
}

function problems(src: AlignmentSources): string[] {
  try {
    validateAlignment(src, regs);
  } catch (e) {
    expect(e).toBeInstanceOf(AlignmentError);
    return (e as AlignmentError).problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
  }
  return [];
}

const penugasan = readFileSync(join(ALIGNMENT_DIR, 'topik', 'penugasan.yaml'), 'utf8');

describe('alignment data', () => {
  it('covers the topics the issue names', () => {
    const ids = alignment.topics.map((t) => t.id);
    for (const id of ['tujuan-ruang-lingkup', 'prinsip', 'kedudukan', 'penugasan', 'pelaksanaan-tugas', 'tim-kerja', 'pertanggungjawaban', 'pengelolaan-kinerja', 'spbe', 'proses-bisnis', 'peralihan-penutup']) {
      expect(ids).toContain(id);
    }
    expect(alignment.topics.filter((t) => t.bagian === 'lampiran').length).toBeGreaterThanOrEqual(5);
  });

  it('gives every topic, for every regulation, at least one provision or an explicit "not regulated"', () => {
    for (const t of alignment.topics) {
      for (const reg of regs) {
        const cells = t.baris.map((r) => r.cells.get(reg.slug));
        expect(cells.every((c) => c !== undefined), `${t.id}: ${reg.slug} missing in a row`).toBe(true);
        const some = cells.some((c) => c!.kind === 'ids' && c!.ids.length > 0);
        const explicit = cells.every((c) => c!.kind === 'none' || c!.ids.length > 0);
        expect(some || explicit, `${t.id}: ${reg.slug}`).toBe(true);
      }
    }
  });

  it('resolves every provision id of every topic row and claim', () => {
    const maps = new Map(regs.map((r) => [r.slug, provisionMap(r)]));
    let count = 0;
    for (const t of alignment.topics) for (const row of t.baris) for (const [slug, cell] of row.cells) {
      for (const id of cell.kind === 'ids' ? cell.ids : cell.lihat) {
        expect(maps.get(slug)!.has(id), `${t.id}/${row.id}/${slug}: ${id}`).toBe(true);
        count++;
      }
    }
    for (const [slug, items] of alignment.distinctive.byRegulation) for (const d of items) for (const id of d.ketentuan) expect(maps.get(slug)!.has(id), `${slug}: ${id}`).toBe(true);
    expect(count).toBeGreaterThan(200);
  });

  it('gives every regulation at least one distinctive feature, each with citations', () => {
    for (const reg of regs) {
      const items = alignment.distinctive.byRegulation.get(reg.slug) ?? [];
      expect(items.length, reg.slug).toBeGreaterThan(0);
      for (const d of items) expect(d.ketentuan.length).toBeGreaterThan(0);
    }
  });
});

describe('alignment validation (the build fails with file, path and message)', () => {
  it('accepts the real files', () => {
    expect(problems(sources())).toEqual([]);
  });

  it('rejects an id that does not exist', () => {
    const p = problems(sources({ topic: penugasan.replace('pati: [pasal-8__ayat-1]', 'pati: [pasal-8__ayat-9]') }));
    expect(p).toContain('content/alignment/topik/penugasan.yaml: baris[0].ketentuan.pati[0]: id "pasal-8__ayat-9" tidak ada dalam content/regulations/pati/peraturan.yaml');
  });

  it('rejects a row that forgets a regulation, and an unknown regulation', () => {
    const p = problems(sources({ topic: penugasan.replace('      klaten: [pasal-11__ayat-1]\n', '      kendal: [pasal-1]\n') }));
    expect(p.some((x) => x.startsWith('content/alignment/topik/penugasan.yaml: baris[0].ketentuan.klaten: "klaten" tidak disebut'))).toBe(true);
    expect(p.some((x) => x.includes('baris[0].ketentuan.kendal: peraturan "kendal" tidak dikenal'))).toBe(true);
  });

  it('rejects schema errors and broken YAML with the path', () => {
    expect(problems(sources({ topic: penugasan.replace('urutan: 50', 'urutan: lima') }))).toContain('content/alignment/topik/penugasan.yaml: urutan: Invalid input: expected number, received string');
    expect(problems(sources({ topic: 'id: [' }))[0]).toMatch(/^content\/alignment\/topik\/penugasan\.yaml: : YAML tidak dapat dibaca/);
  });

  it('rejects a topic id that differs from its file name or takes a reserved page', () => {
    expect(problems(sources({ topic: penugasan.replace('id: penugasan', 'id: penugasan-lain') }))).toContain('content/alignment/topik/penugasan.yaml: id: id topik "penugasan-lain" harus sama dengan nama berkas "penugasan"');
    const reserved = problems(sources({ topic: penugasan.replace('id: penugasan', 'id: definisi') }, 'definisi'));
    expect(reserved.some((x) => x.includes('sudah dipakai untuk halaman lain'))).toBe(true);
  });

  it('rejects a "distinctive" claim that another regulation contradicts', () => {
    const k = readFileSync(join(ALIGNMENT_DIR, 'kekhasan.yaml'), 'utf8');
    const p = problems(sources({ distinctive: k.replace('        - teks: piagam penghargaan', '        - teks: penghargaan') }));
    expect(p.some((x) => x.includes('peraturan.probolinggo[0].cek[0]: klaim "Bentuk penghargaan bagi ASN berkinerja di atas ekspektasi" tidak khas: teks "penghargaan" juga ada di'))).toBe(true);
  });

  it('rejects a term group naming a term no regulation defines', () => {
    const p = problems(sources({ terms: 'pengantar: x\nsetara:\n  - judul: A\n    istilah: [Pemilik Kinerja, Pemilik Kuasa]\n' }));
    expect(p).toContain('content/alignment/definisi.yaml: setara[0].istilah[1]: istilah "Pemilik Kuasa" tidak didefinisikan dalam Pasal 1 peraturan mana pun');
  });
});

describe('Lampiran extents', () => {
  it('runs a heading to the next heading of the same level', () => {
    const pbl = regs.find((r) => r.slug === 'probolinggo')!.lampiran[0]!;
    const ext = lampiranExtent(pbl, 'lampiran__bab-ii__c').map((b) => b.id);
    expect(ext[0]).toBe('lampiran__bab-ii__c');
    expect(ext).not.toContain('lampiran__bab-ii__d');
    expect(ext.length).toBeGreaterThan(3);
  });

  it('runs a labelled paragraph over the deeper blocks that follow it', () => {
    const pati = regs.find((r) => r.slug === 'pati')!.lampiran[0]!;
    const ext = lampiranExtent(pati, 'lampiran__b__2-2').map((b) => b.id);
    expect(ext).toContain('lampiran__gambar-18');
    expect(ext).not.toContain('lampiran__b__3-2');
  });
});

