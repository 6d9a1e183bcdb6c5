import { describe, expect, it } from 'vitest';
import { readFileSync, mkdtempSync, writeFileSync, existsSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { parse, stringify } from 'yaml';
import { ContentError, parseRegulation } from '../../src/lib/validate.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { regulationSlugs } from '../../src/lib/regulation-folder.ts';

const base = () => parse(readFileSync('content/regulations/bengkayang/peraturan.yaml', 'utf8'));
const problemsOf = (doc: unknown, file = 'content/regulations/bengkayang/peraturan.yaml') => {
  try {
    parseRegulation(stringify(doc), file);
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  return [];
};

describe('regulation schema', () => {
  it('accepts every committed regulation folder', () => {
    const regs = loadRegulations();
    expect(regs.map((r) => r.slug).sort()).toEqual(regulationSlugs());
    expect(regs.length).toBeGreaterThan(0);
  });

  it('reports a missing field with file, path and message', () => {
    const doc = base();
    delete doc.meta.nomor;
    const problems = problemsOf(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/regulations/bengkayang/peraturan.yaml', path: 'meta.nomor' });
    expect(problems[0]!.message.length).toBeGreaterThan(0);
  });

  it('reports a wrong type deep in the body with its path', () => {
    const doc = base();
    doc.batangTubuh[0].children[0].num = 7;
    const problems = problemsOf(doc);
    expect(problems[0]!.path).toBe('batangTubuh[0].children[0].num');
  });

  it('reports a duplicate id (two Pasal with the same number)', () => {
    const doc = base();
    const bab = doc.batangTubuh[0];
    bab.children.push(structuredClone(bab.children[0]));
    const problems = problemsOf(doc);
    expect(problems.some((p) => p.path === 'pasal-1' && /id ganda/.test(p.message))).toBe(true);
  });

  it('reports a cross-reference to a Pasal that does not exist', () => {
    const doc = base();
    doc.batangTubuh[0].children[1].text = 'Sebagaimana dimaksud dalam Pasal 99 ayat (3), berlaku ketentuan ini.';
    const problems = problemsOf(doc);
    expect(problems.some((p) => /Pasal 99 ayat \(3\)/.test(p.message) && /pasal-99__ayat-3/.test(p.message))).toBe(true);
  });

  it('reports a node in the wrong place (ayat directly under a BAB)', () => {
    const doc = base();
    doc.batangTubuh[0].children.unshift({ kind: 'ayat', num: '1', text: 'x' });
    const problems = problemsOf(doc);
    expect(problems.some((p) => p.path === 'batangTubuh[0].children[0].kind')).toBe(true);
  });

  it('reports an editorial note that points nowhere', () => {
    const doc = base();
    doc.catatan.push({ target: 'pasal-404', jenis: 'artefak', asli: 'a', bacaan: 'b', alasan: 'uji' });
    const problems = problemsOf(doc);
    expect(problems.some((p) => p.path === `catatan[${doc.catatan.length - 1}].target`)).toBe(true);
  });

  it('reports a slug that differs from the file name', () => {
    const problems = problemsOf(base(), 'content/regulations/sambas.yaml');
    expect(problems.some((p) => p.path === 'slug')).toBe(true);
  });

  it('reports YAML syntax errors with the file name', () => {
    expect(() => parseRegulation('slug: [unclosed', 'content/regulations/x.yaml')).toThrowError(/content\/regulations\/x\.yaml/);
  });

  it('the content check stops with the message and removes dist/ when a file is bad', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-'));
    mkdirSync(join(dir, 'content/regulations/bengkayang'), { recursive: true });
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/index.html'), 'old');
    const doc = base();
    delete doc.meta.tahun;
    writeFileSync(join(dir, 'content/regulations/bengkayang/peraturan.yaml'), stringify(doc));
    let out = '';
    let code = 0;
    try {
      execFileSync(process.execPath, [join(process.cwd(), 'scripts/check-content.ts')], { cwd: dir, stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      code = err.status;
      out = err.stderr.toString();
    }
    expect(code).toBe(1);
    expect(out).toMatch(/content\/regulations\/bengkayang\/peraturan\.yaml\n  meta\.tahun: /);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
