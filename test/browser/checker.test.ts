/**
 * "Siapa Pejabat Penilai Kinerja saya?" in Chromium: a full question flow for
 * each regulation, back and change, a shared URL restoring the answer, the
 * error summary, bad URLs, the no-JavaScript fallback, the Content-Security-
 * Policy, and axe-core at 1280px and 360px.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axe, base, browser, context, useSite } from './harness.ts';

const DIST = process.env.SITE_DIST ?? join(process.cwd(), 'dist');
useSite();

/** Records console errors and page errors (a CSP violation is a console error). */
function errors(page: Page): string[] {
  const out: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') out.push(m.text()); });
  page.on('pageerror', (e) => out.push(e.message));
  return out;
}

async function pilih(page: Page, label: string | RegExp) {
  await page.getByRole('radio', { name: label, exact: typeof label === 'string' }).check();
  await Promise.all([page.waitForURL(/penilai-kinerja/), page.getByRole('button', { name: 'Lanjutkan' }).click()]);
  await page.locator('#ck-app[data-siap]').waitFor();
}
const h1 = (page: Page) => page.locator('h1').first().textContent();

interface Alur {
  slug: string;
  daerah: string;
  cari?: string;
  unit: string | RegExp;
  jabatan: string;
  tempat?: string;
  kelas?: string;
  penilai: RegExp;
  sumber: string;
}
const ALUR: Alur[] = [
  { slug: 'pati', daerah: 'Kabupaten Pati', unit: 'Dinas Daerah', jabatan: 'Pejabat Fungsional Ahli Muda', penilai: /^Pejabat Administrator tempat Anda berkedudukan/, sumber: 'lampiran__b__1__a__2-2' },
  { slug: 'bengkayang', daerah: 'Kabupaten Bengkayang', cari: 'komunikasi informatika', unit: 'Dinas Komunikasi dan Informatika', jabatan: 'Pelaksana', penilai: /^Sekretaris atau Kepala Bidang/, sumber: 'lampiran-i__i__1__b__2__p-1' },
  { slug: 'probolinggo', daerah: 'Kota Probolinggo', unit: 'Unit Pelaksana Teknis Daerah', jabatan: 'Pejabat Fungsional Ahli Madya', kelas: 'Ya, setara atau lebih tinggi', penilai: /^Pejabat Pimpinan Tinggi Pratama atau Pemilik Kinerja/, sumber: 'lampiran__bab-ii__b__1__d__p-2' },
  { slug: 'batang', daerah: 'Kabupaten Batang', unit: 'Unit yang dipimpin Pejabat Fungsional (unit kerja mandiri)', jabatan: 'Pejabat Fungsional Ahli Pertama', penilai: /^Pejabat Fungsional yang memimpin unit Anda/, sumber: 'lampiran__bab-ii__b__1__d__p-1' },
  { slug: 'klaten', daerah: 'Kabupaten Klaten', cari: 'pendidikan', unit: 'Dinas Pendidikan', jabatan: 'Pejabat Fungsional Ahli Muda', tempat: 'Di Bidang, di bawah Kepala Bidang', penilai: /^Kepala Bidang$/, sumber: 'lampiran__b__e__tabel' },
];

async function jalani(page: Page, a: Alur) {
  await page.goto(`${base}/penilai-kinerja/`);
  await Promise.all([page.waitForURL(/langkah=daerah/), page.getByRole('button', { name: 'Mulai sekarang' }).click()]);
  await page.locator('#ck-app[data-siap]').waitFor();
  expect(await h1(page)).toBe('Di daerah mana Anda bekerja?');
  await pilih(page, a.daerah);
  expect(await h1(page)).toBe('Di unit organisasi mana Anda bekerja?');
  if (a.cari) {
    await page.getByLabel('Cari nama unit').fill(a.cari);
    await expect.poll(() => page.locator('#ck-cari-status').textContent()).toMatch(/unit cocok/);
    expect(await page.getByRole('radio', { name: a.unit }).isVisible()).toBe(true);
  }
  await pilih(page, a.unit);
  expect(await h1(page)).toBe('Apa jabatan Anda?');
  await pilih(page, a.jabatan);
  if (a.tempat) {
    expect(await h1(page)).toBe('Di mana Anda berkedudukan dalam unit itu?');
    await pilih(page, a.tempat);
  }
  if (a.kelas) {
    expect(await h1(page)).toMatch(/^Apakah kelas jabatan Anda setara/);
    await pilih(page, a.kelas);
  }
  expect(await h1(page)).toBe('Periksa jawaban Anda');
  await Promise.all([page.waitForURL(/langkah=hasil/), page.getByRole('button', { name: 'Lihat jawaban' }).click()]);
  await page.locator('#ck-app[data-siap]').waitFor();
  expect(await h1(page)).toBe('Jawaban untuk Anda');
}

describe('question flow', () => {
  for (const a of ALUR) {
    it(`${a.slug}: from the start page to the answer, with its citation`, async () => {
      const { ctx, foreign } = await context(browser, base);
      const page = await ctx.newPage();
      const errs = errors(page);
      await jalani(page, a);
      expect((await page.locator('.ck-panel-isi').textContent())?.trim()).toMatch(a.penilai);
      const ppk = page.locator('[data-baris="penilai"]');
      expect(await ppk.locator(`a[href="/${a.slug}/#${a.sumber}"]`).count()).toBeGreaterThan(0);
      // Every line of the answer cites at least one provision of this regulation and no other.
      for (const sec of await page.locator('.ck-baris').all()) {
        const hrefs = await sec.locator('.ck-dasar a').evaluateAll((as) => as.map((x) => x.getAttribute('href')));
        expect(hrefs.length).toBeGreaterThan(0);
        for (const h of hrefs) expect(h!.startsWith(`/${a.slug}/#`)).toBe(true);
      }
      // The verbatim words are one click away.
      await ppk.locator('summary').first().click();
      expect(await ppk.locator('blockquote').first().isVisible()).toBe(true);
      // Following a citation lands on the provision.
      const href = await ppk.locator(`a[href="/${a.slug}/#${a.sumber}"]`).first().getAttribute('href');
      await page.goto(`${base}${href}`);
      expect(await page.locator(`[id="${a.sumber}"]`).count()).toBe(1);
      expect(foreign).toEqual([]);
      expect(errs).toEqual([]);
      await ctx.close();
    });
  }
});

describe('back, change and share', () => {
  it('back links and the browser back button go one step back; change links keep the other answers', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await jalani(page, ALUR[4]!);
    await page.getByRole('link', { name: 'Kembali' }).click();
    await page.locator('#ck-app[data-siap]').waitFor();
    expect(await h1(page)).toBe('Periksa jawaban Anda');
    await page.getByRole('link', { name: 'Ubah jabatan' }).click();
    await page.locator('#ck-app[data-siap]').waitFor();
    expect(await h1(page)).toBe('Apa jabatan Anda?');
    expect(await page.getByRole('radio', { name: 'Pejabat Fungsional Ahli Muda' }).isChecked()).toBe(true);
    await pilih(page, 'Pelaksana');
    expect(await h1(page)).toBe('Periksa jawaban Anda');
    expect(await page.locator('.ck-ringkas').textContent()).toContain('Pelaksana');
    expect(await page.locator('.ck-ringkas').textContent()).toContain('Di Bidang, di bawah Kepala Bidang');
    // Changing the unit drops the answers that depend on it and asks again.
    await page.getByRole('link', { name: 'Ubah unit organisasi' }).click();
    await page.locator('#ck-app[data-siap]').waitFor();
    await pilih(page, 'Kecamatan');
    expect(await h1(page)).toBe('Di mana Anda berkedudukan dalam unit itu?');
    await pilih(page, 'Di Seksi, di bawah Kepala Seksi');
    await Promise.all([page.waitForURL(/langkah=hasil/), page.getByRole('button', { name: 'Lihat jawaban' }).click()]);
    await page.locator('#ck-app[data-siap]').waitFor();
    expect((await page.locator('.ck-panel-isi').textContent())?.trim()).toBe('Kepala Seksi');
    await page.goBack();
    await page.locator('#ck-app[data-siap]').waitFor();
    expect(await h1(page)).toBe('Periksa jawaban Anda');
    await ctx.close();
  });

  it('a shared URL restores the answer in a fresh browser', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await jalani(page, ALUR[2]!);
    const url = page.url();
    const answer = await page.locator('.ck-panel-isi').textContent();
    await ctx.close();
    const { ctx: other } = await context(browser, base);
    const p2 = await other.newPage();
    await p2.goto(url);
    await p2.locator('#ck-app[data-siap]').waitFor();
    expect(await h1(p2)).toBe('Jawaban untuk Anda');
    expect(await p2.locator('.ck-panel-isi').textContent()).toBe(answer);
    expect(await p2.locator('.ck-pengecualian').textContent()).toContain('Pengecualian berlaku');
    await other.close();
  });

  it('a regulation that contradicts itself shows both readings with both citations', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/penilai-kinerja/?daerah=klaten&unit=setda&jabatan=jf-muda&tempat=bagian&langkah=hasil`);
    await page.locator('#ck-app[data-siap]').waitFor();
    const ppk = page.locator('[data-baris="penilai"]');
    expect(await ppk.locator('.ck-tanda').textContent()).toBe('Peraturan ini tidak konsisten');
    expect(await ppk.locator('.ck-bacaan').count()).toBe(2);
    expect(await ppk.locator('a[href="/klaten/#lampiran__b__a__tabel"]').count()).toBeGreaterThan(0);
    expect(await ppk.locator('a[href="/klaten/#lampiran__b__p-7__p-2"]').count()).toBeGreaterThan(0);
    await ctx.close();
  });
});

describe('errors and bad input', () => {
  it('sending a question without a choice shows the error summary and moves focus to it', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/penilai-kinerja/?daerah=pati`);
    await page.locator('#ck-app[data-siap]').waitFor();
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    const sum = page.locator('.ck-ringkasan-galat');
    expect(await sum.getAttribute('role')).toBe('alert');
    expect(await sum.textContent()).toContain('Pilih unit organisasi Anda');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('ck-ringkasan-galat');
    expect(await page.title()).toMatch(/^Galat: /);
    expect(new URL(page.url()).search).toBe('?daerah=pati');
    expect(await axe(page)).toEqual([]);
    await ctx.close();
  });

  const BAD: [string, RegExp][] = [
    ['?daerah=semarang', /tidak mempunyai peraturan untuk daerah "semarang"/],
    ['?daerah=pati&unit=dinas-pendidikan&jabatan=jf-muda', /unit dalam Perbup Klaten 34\/2024, bukan dalam Perbup Pati 36\/2023/],
    ['?daerah=klaten&unit=smp&jabatan=jf-muda&kelas=ya', /kelas jabatan tidak berlaku/],
    ['?daerah=klaten&unit=smp&jabatan=jf-muda&tempat=bidang', /tidak membedakan tempat kedudukan/],
    ['?daerah=pati&daerah=klaten', /dua jawaban berbeda untuk "daerah"/],
    ['?daerah=pati&foo=bar', /parameter "foo" yang tidak kami kenal/],
    ['?unit=setda', /daerahnya belum dipilih/],
    ['?daerah=klaten&unit=setda&jabatan=presiden', /Jabatan "presiden" tidak kami kenal/],
  ];
  for (const [q, msg] of BAD) {
    it(`${q} gives a clear message and a way back`, async () => {
      const { ctx } = await context(browser, base);
      const page = await ctx.newPage();
      const errs = errors(page);
      await page.goto(`${base}/penilai-kinerja/${q}`);
      await page.locator('#ck-app[data-siap]').waitFor();
      expect(await h1(page)).toBe('Alamat halaman ini tidak dapat kami jawab');
      expect(await page.locator('.ck-ringkasan-galat').textContent()).toMatch(msg);
      expect(await page.getByRole('link', { name: 'Mulai lagi dari pertanyaan pertama' }).count()).toBe(1);
      expect(errs).toEqual([]);
      await ctx.close();
    });
  }

  it('the way back keeps the answers that were still valid', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/penilai-kinerja/?daerah=pati&unit=dinas-pendidikan&jabatan=jf-muda`);
    await page.locator('#ck-app[data-siap]').waitFor();
    await page.getByRole('link', { name: 'Lanjutkan dari jawaban yang masih berlaku' }).click();
    await page.locator('#ck-app[data-siap]').waitFor();
    expect(await h1(page)).toBe('Di unit organisasi mana Anda bekerja?');
    expect(new URL(page.url()).searchParams.get('daerah')).toBe('pati');
    await ctx.close();
  });
});

describe('without JavaScript', () => {
  it('the start page offers the static tables, which carry the answer', async () => {
    const { ctx, foreign } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/penilai-kinerja/`);
    expect(await h1(page)).toBe('Siapa Pejabat Penilai Kinerja saya?');
    expect(await page.locator('.ck-tombol-mulai').isVisible()).toBe(false);
    expect(await page.locator('#tanpa-js li a').count()).toBe(5);
    await page.getByRole('link', { name: 'Kabupaten Klaten' }).click();
    expect(await h1(page)).toBe('Penilai kinerja menurut Perbup Klaten 34/2024');
    expect(await page.locator('#tabel-dinas table').first().textContent()).toContain('JF Madya ke bawah, dan Pelaksana');
    await page.getByRole('link', { name: 'Dinas Pendidikan', exact: true }).click();
    expect(await h1(page)).toBe('Dinas Pendidikan');
    const row = page.locator('table.ck-matriks tr', { has: page.locator('th', { hasText: 'Pejabat Fungsional Ahli Muda' }) });
    const headers = await page.locator('table.ck-matriks thead th').allTextContents();
    const col = headers.indexOf('Di Bidang, di bawah Kepala Bidang');
    expect(col).toBeGreaterThan(0);
    expect(await row.locator('td').nth(col - 1).textContent()).toMatch(/^Kepala Bidang/);
    expect(foreign).toEqual([]);
    await ctx.close();
  });

  it('a unit page without a table shows the whole answer, with exceptions', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/penilai-kinerja/probolinggo/uptd/`);
    expect(await page.locator('.ck-panel-isi').textContent()).toContain('Pejabat Pengawas yang memimpin unit Anda');
    expect(await page.locator('.ck-pengecualian').textContent()).toContain('Pejabat Pimpinan Tinggi Pratama atau Pemilik Kinerja');
    await ctx.close();
  });
});

describe('Content-Security-Policy', () => {
  it('the built pages carry no inline script body', () => {
    for (const f of ['penilai-kinerja/index.html', 'penilai-kinerja/klaten/index.html', 'penilai-kinerja/klaten/dinas-pendidikan/index.html']) {
      const html = readFileSync(join(DIST, f), 'utf8');
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        expect(m[1], f).toMatch(/\bsrc=/);
        expect(m[2]!.trim(), f).toBe('');
      }
      expect(html, f).not.toMatch(/\sstyle="/);
    }
  });
});

const AXE_PAGES = [
  '/penilai-kinerja/',
  '/penilai-kinerja/?langkah=daerah',
  '/penilai-kinerja/?daerah=klaten',
  '/penilai-kinerja/?daerah=klaten&unit=rsud',
  '/penilai-kinerja/?daerah=klaten&unit=rsud&jabatan=jf-madya',
  '/penilai-kinerja/?daerah=probolinggo&unit=setda&jabatan=jf-madya',
  '/penilai-kinerja/?daerah=probolinggo&unit=setda&jabatan=jf-madya&kelas=tidak-tahu',
  '/penilai-kinerja/?daerah=probolinggo&unit=setda&jabatan=jf-madya&kelas=tidak-tahu&langkah=hasil',
  '/penilai-kinerja/?daerah=pati&unit=setda&jabatan=pelaksana&tempat=tidak-tahu&langkah=hasil',
  '/penilai-kinerja/?daerah=bengkayang&unit=foo',
  '/penilai-kinerja/klaten/',
  '/penilai-kinerja/pati/',
  '/penilai-kinerja/klaten/rsud/',
  '/penilai-kinerja/batang/jenis-admin/',
];
describe('accessibility (axe-core)', () => {
  for (const path of AXE_PAGES) {
    for (const width of [1280, 360]) {
      it(`${path} at ${width}px has no violations`, async () => {
        const { ctx } = await context(browser, base, { viewport: { width, height: 800 } });
        const page = await ctx.newPage();
        await page.goto(`${base}${path}`);
        if (!/\/penilai-kinerja\/[a-z]/.test(path)) await page.locator('#ck-app[data-siap]').waitFor();
        // Open every quote so axe checks the quoted words too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        expect(await axe(page)).toEqual([]);
        await ctx.close();
      });
    }
  }
});
