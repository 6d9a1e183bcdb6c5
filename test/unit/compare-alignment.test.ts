import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegulations } from '../../src/lib/load.ts';
import { provisionMap } from '../../src/lib/provisions.ts';
import { loadAlignment, ALIGNMENT_DIR } from '../../src/lib/compare/load.ts';
import { AlignmentError, validateAlignment, type AlignmentSources } from '../../src/lib/compare/validate.ts';
import { lampiranExtent } from '../../src/lib/compare/texts.ts';
import { partPath } from '../../src/lib/regulation-folder.ts';

const regs = loadRegulations();
const alignment = loadAlignment();
const slugs = regs.map((r) => r.slug);
const ownFile = (slug: string) => `content/regulations/${slug}/perbandingan.yaml`;
const ownText = (slug: string) => readFileSync(partPath(slug, 'perbandingan'), 'utf8');

/** The real comparison files, with some replaced, for the failure cases. */
function sources(
  replace: Partial<Record<'topic' | 'terms' | 'distinctive', string>> & { own?: Record<string, string | undefined> } = {},
  topicName = 'penugasan',
): AlignmentSources {
  const read = (f: string) => ({ file: `content/alignment/${f}`, text: readFileSync(join(ALIGNMENT_DIR, f), 'utf8') });
  const topics = readdirSync(join(ALIGNMENT_DIR, 'topik'))
    .sort()
    .map((f) => read(`topik/${f}`));
  if (replace.topic !== undefined) {
    const i = topics.findIndex((t) => t.file.endsWith(`/${topicName}.yaml`));
    if (i >= 0) topics[i] = { file: topics[i]!.file, text: replace.topic };
    else topics.push({ file: `content/alignment/topik/${topicName}.yaml`, text: replace.topic });
  }
  const regulations = new Map(
    slugs.map((s) => [s, existsSync(partPath(s, 'perbandingan')) ? { file: ownFile(s), text: ownText(s) } : undefined]),
  );
  for (const [s, text] of Object.entries(replace.own ?? {}))
    regulations.set(s, text === undefined ? undefined : { file: ownFile(s), text });
  return {
    topics,
    terms: replace.terms !== undefined ? { file: 'content/alignment/definisi.yaml', text: replace.terms } : read('definisi.yaml'),
    distinctive:
      replace.distinctive !== undefined ? { file: 'content/alignment/kekhasan.yaml', text: replace.distinctive } : read('kekhasan.yaml'),
    regulations,
  };
}

function problems(src: AlignmentSources, against = regs): string[] {
  try {
    validateAlignment(src, against);
  } catch (e) {
    expect(e).toBeInstanceOf(AlignmentError);
    return (e as AlignmentError).problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
  }
  return [];
}

const penugasan = readFileSync(join(ALIGNMENT_DIR, 'topik', 'penugasan.yaml'), 'utf8');
/** A regulation whose folder maps the penugasan topic, and the first provision it cites for the first row. */
const mapped = regs
  .map((r) => ({ slug: r.slug, text: existsSync(partPath(r.slug, 'perbandingan')) ? ownText(r.slug) : '' }))
  .map((x) => ({ ...x, m: /\n  penugasan:\n    (\S+): \[([^\],]+)/.exec(x.text) }))
  .find((x) => x.m)!;

describe('comparison data', () => {
  it('covers the topics the issue names', () => {
    const ids = alignment.topics.map((t) => t.id);
    for (const id of [
      'tujuan-ruang-lingkup',
      'prinsip',
      'kedudukan',
      'penugasan',
      'pelaksanaan-tugas',
      'tim-kerja',
      'pertanggungjawaban',
      'pengelolaan-kinerja',
      'spbe',
      'proses-bisnis',
      'peralihan-penutup',
    ]) {
      expect(ids).toContain(id);
    }
    expect(alignment.topics.filter((t) => t.bagian === 'lampiran').length).toBeGreaterThanOrEqual(5);
  });

  it('keeps the shared files free of regulation names: no slug, no count of regulations', () => {
    // A slug as a key (a cell), or the region's name as written (case-sensitive: "batang tubuh" is not Batang).
    const names = regs.flatMap((r) => [
      new RegExp(`^\\s+${r.slug}:`, 'm'),
      new RegExp(`\\b${r.meta.daerah.nama.replace(/^(Kabupaten|Kota)\s+/, '')}\\b`),
    ]);
    const files = [...readdirSync(join(ALIGNMENT_DIR, 'topik')).map((f) => join('topik', f)), 'kekhasan.yaml', 'definisi.yaml'];
    for (const f of files) {
      const text = readFileSync(join(ALIGNMENT_DIR, f), 'utf8');
      for (const n of names) expect(n.test(text), `${f} names ${n}`).toBe(false);
      expect(/\b(ke)?(dua|tiga|empat|lima|enam) peraturan\b|\bkelima\b/i.test(text), `${f} counts regulations`).toBe(false);
    }
  });

  it('counts, per regulation, the topic rows it leaves unmapped', () => {
    for (const reg of regs) {
      const missing = alignment.topics.reduce((n, t) => n + t.baris.filter((r) => !r.cells.has(reg.slug)).length, 0);
      expect(alignment.unmapped.get(reg.slug), reg.slug).toBe(missing);
    }
  });

  it('resolves every provision id of every topic row and claim', () => {
    const maps = new Map(regs.map((r) => [r.slug, provisionMap(r)]));
    let count = 0;
    for (const t of alignment.topics)
      for (const row of t.baris)
        for (const [slug, cell] of row.cells) {
          for (const id of cell.kind === 'ids' ? cell.ids : cell.lihat) {
            expect(maps.get(slug)!.has(id), `${t.id}/${row.id}/${slug}: ${id}`).toBe(true);
            count++;
          }
        }
    for (const [slug, items] of alignment.distinctive.byRegulation)
      for (const d of items) for (const id of d.ketentuan) expect(maps.get(slug)!.has(id), `${slug}: ${id}`).toBe(true);
    expect(count).toBeGreaterThan(0);
  });

  it('computes who has each distinctive feature: always its own regulation, each claim with citations', () => {
    for (const [slug, items] of alignment.distinctive.byRegulation) {
      for (const d of items) {
        expect(d.ketentuan.length).toBeGreaterThan(0);
        expect(d.holders, `${slug}/${d.id}`).toContain(slug);
        expect(d.holders.every((h) => slugs.includes(h))).toBe(true);
      }
    }
  });
});

describe('comparison validation (the build fails with file, path and message)', () => {
  it('accepts the real files', () => {
    expect(problems(sources())).toEqual([]);
  });

  it("rejects an id that does not exist, naming the regulation's own file", () => {
    const { slug, text, m } = mapped;
    const bad = text.replace(`    ${m![1]}: [${m![2]}`, `    ${m![1]}: [pasal-999`);
    expect(problems(sources({ own: { [slug]: bad } }))).toContain(
      `${ownFile(slug)}: topik.penugasan.${m![1]}[0]: id "pasal-999" tidak ada dalam content/regulations/${slug}/peraturan.yaml`,
    );
  });

  it('rejects a topic or row that the shared topics do not have', () => {
    const { slug, text } = mapped;
    const p = problems(sources({ own: { [slug]: text.replace('\n  penugasan:\n', '\n  penugasan-x:\n') } }));
    expect(
      p.some((x) => x.startsWith(`${ownFile(slug)}: topik.penugasan-x: topik "penugasan-x" tidak ada di content/alignment/topik/`)),
    ).toBe(true);
    const q = problems(sources({ own: { [slug]: text.replace(/\n  penugasan:\n    \S+:/, '\n  penugasan:\n    butir-lain:') } }));
    expect(
      q.some((x) => x.startsWith(`${ownFile(slug)}: topik.penugasan.butir-lain: baris "butir-lain" tidak ada dalam topik "penugasan"`)),
    ).toBe(true);
  });

  it('rejects schema errors and broken YAML with the path', () => {
    expect(problems(sources({ topic: penugasan.replace('urutan: 50', 'urutan: lima') }))).toContain(
      'content/alignment/topik/penugasan.yaml: urutan: Input tidak valid: diharapkan number, diterima string',
    );
    expect(problems(sources({ topic: 'id: [' }))[0]).toMatch(/^content\/alignment\/topik\/penugasan\.yaml: : YAML tidak dapat dibaca/);
    const { slug } = mapped;
    expect(problems(sources({ own: { [slug]: 'topik:\n  penugasan:\n    jalur: []\n' } }))[0]).toMatch(
      new RegExp(`^content/regulations/${slug}/perbandingan\\.yaml: topik\\.penugasan\\.jalur: `),
    );
  });

  it('rejects a topic row that still names regulations (cells belong in the regulation folders)', () => {
    const p = problems(
      sources({
        topic: penugasan.replace(
          '    judul: Jalur penugasan\n',
          `    judul: Jalur penugasan\n    ketentuan:\n      ${slugs[0]}: [pasal-1]\n`,
        ),
      }),
    );
    expect(p.some((x) => x.startsWith('content/alignment/topik/penugasan.yaml: baris[0]'))).toBe(true);
  });

  it('rejects a topic id that differs from its file name or takes a reserved page', () => {
    expect(problems(sources({ topic: penugasan.replace('id: penugasan', 'id: penugasan-lain') }))).toContain(
      'content/alignment/topik/penugasan.yaml: id: id topik "penugasan-lain" harus sama dengan nama berkas "penugasan"',
    );
    const reserved = problems(sources({ topic: penugasan.replace('id: penugasan', 'id: definisi') }, 'definisi'));
    expect(reserved.some((x) => x.includes('sudah dipakai untuk halaman lain'))).toBe(true);
  });

  it('rejects a distinctive feature its own regulation does not have', () => {
    const { slug, text } = mapped;
    const claim = `${text.includes('\nkekhasan:') ? '' : 'kekhasan:\n'}  - id: uji\n    judul: Uji\n    uraian: Uji.\n    ketentuan: [${mapped.m![2]}]\n    cek:\n      - teks: kalimat yang tidak ada di peraturan mana pun zzz\n`;
    const p = problems(sources({ own: { [slug]: `${text.trimEnd()}\n${claim}` } }));
    expect(
      p.some((x) =>
        /^content\/regulations\/[a-z-]+\/perbandingan\.yaml: kekhasan\[\d+\]\.cek\[0\]: teks "kalimat yang tidak ada di peraturan mana pun zzz" tidak ditemukan di /.test(
          x,
        ),
      ),
    ).toBe(true);
  });

  it('rejects a term group naming a term no regulation defines', () => {
    const p = problems(sources({ terms: 'pengantar: x\nsetara:\n  - judul: A\n    istilah: [Pemilik Kinerja, Pemilik Kuasa]\n' }));
    expect(p).toContain(
      'content/alignment/definisi.yaml: setara[0].istilah[1]: istilah "Pemilik Kuasa" tidak didefinisikan dalam Pasal 1 peraturan mana pun',
    );
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
