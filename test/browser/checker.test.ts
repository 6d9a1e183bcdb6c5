/**
 * "Siapa Pejabat Penilai Kinerja saya?" in Chromium: a full question flow for
 * each regulation, back and change, a shared URL restoring the answer, the
 * unit search without dead ends, the first screen at 360px, "Salin jawaban",
 * print, the no-JavaScript hand-off, the comparison across regulations, the
 * error summary, bad URLs and the Content-Security-Policy. (axe-core runs in
 * the quality gate, not here.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base, browser, context, useSite } from './harness.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { provisionPath } from '../../src/lib/permalink.ts';

// Registers each regulation's reading pages, so provisionPath gives the smallest page, as the site's links do.
loadRegulations();
const link = (slug: string, id: string) => `/${provisionPath(slug, id)}`;

const DIST = process.env.SITE_DIST ?? join(process.cwd(), 'dist');
useSite();

/** Records console errors and page errors (a CSP violation is a console error). */
function errors(page: Page): string[] {
  const out: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') out.push(m.text());
  });
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
  {
    slug: 'pati',
    daerah: 'Kabupaten Pati',
    unit: 'Dinas Daerah',
    jabatan: 'Pejabat Fungsional Ahli Muda',
    penilai: /^Pejabat Administrator tempat Anda berkedudukan/,
    sumber: 'lampiran__b__1__a__2-2',
  },
  {
    slug: 'bengkayang',
    daerah: 'Kabupaten Bengkayang',
    cari: 'komunikasi informatika',
    unit: 'Dinas Komunikasi dan Informatika',
    jabatan: 'Pelaksana',
    tempat: 'Di Bidang, di bawah Kepala Bidang',
    penilai: /^Kepala Bidang tempat Anda berkedudukan/,
    sumber: 'lampiran-i__i__1__b__2__p-1',
  },
  {
    slug: 'probolinggo',
    daerah: 'Kota Probolinggo',
    unit: 'Unit Pelaksana Teknis Daerah',
    jabatan: 'Pejabat Fungsional Ahli Madya',
    kelas: 'Ya, setara atau lebih tinggi',
    penilai: /^Pejabat Pimpinan Tinggi Pratama atau Pemilik Kinerja/,
    sumber: 'lampiran__bab-ii__b__1__d__p-2',
  },
  {
    slug: 'batang',
    daerah: 'Kabupaten Batang',
    unit: 'Unit yang dipimpin Pejabat Fungsional (unit kerja mandiri)',
    jabatan: 'Pejabat Fungsional Ahli Pertama',
    penilai: /^Pejabat Fungsional yang memimpin unit Anda/,
    sumber: 'lampiran__bab-ii__b__1__d__p-1',
  },
  {
    slug: 'klaten',
    daerah: 'Kabupaten Klaten',
    cari: 'pendidikan',
    unit: 'Dinas Pendidikan',
    jabatan: 'Pejabat Fungsional Ahli Muda',
    tempat: 'Di Bidang, di bawah Kepala Bidang',
    penilai: /^Kepala Bidang$/,
    sumber: 'lampiran__b__e__tabel',
  },
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
  expect(await h1(page)).toBe(JAWABAN);
}
const JAWABAN = 'Siapa Pejabat Penilai Kinerja saya?';
/** Opens the collapsible section of the answer that explains the assessor. */
const bukaPenjelasan = (page: Page) => page.locator('details.ck-bagian > summary', { hasText: 'Penjelasan dan bunyi ketentuan' }).click();

describe('question flow', () => {
  for (const a of ALUR) {
    it(`${a.slug}: from the start page to the answer, with its citation`, async () => {
      const { ctx, foreign } = await context(browser, base);
      const page = await ctx.newPage();
      const errs = errors(page);
      await jalani(page, a);
      expect((await page.locator('.ck-panel-isi').textContent())?.trim()).toMatch(a.penilai);
      expect(await page.locator(`.ck-panel-dasar a[href="${link(a.slug, a.sumber)}"]`).count()).toBeGreaterThan(0);
      await bukaPenjelasan(page);
      const ppk = page.locator('[data-baris="penilai"]');
      expect(await ppk.locator(`a[href="${link(a.slug, a.sumber)}"]`).count()).toBeGreaterThan(0);
      // Every line of the answer cites at least one provision of this regulation and no other.
      for (const sec of await page.locator('.ck-baris').all()) {
        const hrefs = await sec.locator('.ck-dasar a').evaluateAll((as) => as.map((x) => x.getAttribute('href')));
        expect(hrefs.length).toBeGreaterThan(0);
        for (const h of hrefs) expect(h!.startsWith(`/${a.slug}/`) && h!.includes('#')).toBe(true);
      }
      // The verbatim words are one click away.
      await ppk.locator('summary').first().click();
      expect(await ppk.locator('blockquote').first().isVisible()).toBe(true);
      // Following a citation lands on the provision.
      const href = await ppk
        .locator(`a[href="${link(a.slug, a.sumber)}"]`)
        .first()
        .getAttribute('href');
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
    // The address bar holds the address that also answers without JavaScript.
    await page.waitForURL(/\/penilai-kinerja\/probolinggo\/\?unit=uptd&jabatan=jf-madya&kelas=ya#pola-pengawas$/);
    const url = page.url();
    const answer = await page.locator('.ck-panel-isi').textContent();
    await ctx.close();
    const { ctx: other } = await context(browser, base);
    const p2 = await other.newPage();
    await p2.goto(url);
    // The static page hands the address back to the question flow.
    await p2.locator('#ck-app[data-siap]').waitFor();
    expect(await h1(p2)).toBe(JAWABAN);
    expect(await p2.locator('.ck-panel-isi').textContent()).toBe(answer);
    expect(await p2.locator('.ck-pengecualian').textContent()).toContain('Pengecualian berlaku');
    await other.close();
  });

  it('a regulation that contradicts itself shows both readings with both citations', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/penilai-kinerja/?daerah=klaten&unit=setda&jabatan=jf-muda&tempat=bagian&langkah=hasil`);
    await page.locator('#ck-app[data-siap]').waitFor();
    expect(await page.locator('.ck-panel-daftar li').count()).toBe(2);
    await bukaPenjelasan(page);
    const ppk = page.locator('[data-baris="penilai"]');
    expect(await ppk.locator('.ck-tanda').textContent()).toBe('Peraturan ini tidak konsisten');
    expect(await ppk.locator('.ck-bacaan').count()).toBe(2);
    expect(await ppk.locator(`a[href="${link('klaten', 'lampiran__b__a__tabel')}"]`).count()).toBeGreaterThan(0);
    expect(await ppk.locator(`a[href="${link('klaten', 'lampiran__b__p-7__p-2')}"]`).count()).toBeGreaterThan(0);
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
    [`?daerah=%E2%80%AEsemarang${'x'.repeat(10_000)}`, /untuk daerah "semarangx{32}…"/],
  ];
  it('bad addresses give a clear message and a way back; text from the URL is cut and cannot reverse or widen the page', async () => {
    const { ctx } = await context(browser, base, { viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    const errs = errors(page);
    for (const [q, msg] of BAD) {
      await page.goto(`${base}/penilai-kinerja/${q}`);
      await page.locator('#ck-app[data-siap]').waitFor();
      expect(await h1(page), q).toBe('Alamat halaman ini tidak dapat kami jawab');
      const text = await page.locator('.ck-ringkasan-galat').textContent();
      expect(text, q).toMatch(msg);
      expect(text, q).not.toContain('\u202e');
      expect(await page.getByRole('link', { name: 'Mulai lagi dari pertanyaan pertama' }).count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), q).toBeLessThanOrEqual(360);
    }
    expect(errs).toEqual([]);
    await ctx.close();
  });

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
  it('the start page offers the static pages, which carry the answer', async () => {
    const { ctx, foreign } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/penilai-kinerja/`);
    expect(await h1(page)).toBe('Siapa Pejabat Penilai Kinerja saya?');
    expect(await page.locator('.ck-tombol-mulai').isVisible()).toBe(false);
    expect(await page.locator('#tanpa-js li a').count()).toBe(5);
    await page.getByRole('link', { name: 'Kabupaten Klaten' }).click();
    expect(await h1(page)).toBe('Penilai kinerja menurut Perbup Klaten 34/2024');
    expect(await page.locator('#tabel-dinas table').first().textContent()).toContain('JF Madya ke bawah, dan Pelaksana');
    await page.locator('#unit-dinas-pendidikan').getByRole('link').first().click();
    expect(new URL(page.url()).hash).toBe('#pola-dinas');
    const sec = page.locator('#pola-dinas');
    const row = sec.locator('table.ck-matriks tr', { has: page.locator('th', { hasText: 'Pejabat Fungsional Ahli Muda' }) });
    const headers = await sec.locator('table.ck-matriks thead th').allTextContents();
    const col = headers.indexOf('Di Bidang, di bawah Kepala Bidang');
    expect(col).toBeGreaterThan(0);
    expect(
      await row
        .locator('td')
        .nth(col - 1)
        .textContent(),
    ).toMatch(/^Kepala Bidang/);
    expect(foreign).toEqual([]);
    await ctx.close();
  });

  it('a shared answer address opens the static page at the section that answers the same question', async () => {
    // The address as the answer page shares it (with JavaScript) ...
    const { ctx: js } = await context(browser, base);
    const p1 = await js.newPage();
    await p1.goto(`${base}/penilai-kinerja/?daerah=klaten&unit=dishub&jabatan=jf-muda&tempat=bidang&langkah=hasil`);
    await p1.locator('#ck-app[data-siap]').waitFor();
    await p1.waitForURL(/#pola-dishub$/);
    const shared = p1.url();
    await js.close();
    // ... opened without JavaScript.
    const { ctx } = await context(browser, base, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(shared);
    expect(await h1(page)).toBe('Penilai kinerja menurut Perbup Klaten 34/2024');
    const sec = page.locator('#pola-dishub');
    expect(await sec.locator('.ck-berlaku').textContent()).toContain('Dinas Perhubungan');
    const box = await sec.boundingBox();
    expect(box!.y).toBeLessThan(100);
    const headers = await sec.locator('table.ck-matriks thead th').allTextContents();
    const col = headers.indexOf('Di Bidang, langsung di bawah Kepala Bidang');
    const row = sec.locator('table.ck-matriks tr', { has: page.locator('th', { hasText: 'Pejabat Fungsional Ahli Muda' }) });
    expect(
      await row
        .locator('td')
        .nth(col - 1)
        .textContent(),
    ).toMatch(/^Kepala Bidang/);
    await ctx.close();
  });

  it('a pattern without a table shows the whole answer, with exceptions', async () => {
    const { ctx } = await context(browser, base, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/penilai-kinerja/probolinggo/#pola-pengawas`);
    const sec = page.locator('#pola-pengawas');
    expect(await sec.locator('.ck-panel-isi').textContent()).toContain('Pejabat Pengawas yang memimpin unit Anda');
    expect(await sec.locator('.ck-pengecualian').textContent()).toContain('Pejabat Pimpinan Tinggi Pratama atau Pemilik Kinerja');
    await ctx.close();
  });
});

describe('finding your unit', () => {
  it('the search never dead-ends: kinds of unit, common names and abbreviations', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    const cari = async (q: string) => {
      await page.getByLabel('Cari nama unit').fill(q);
      await expect.poll(() => page.locator('#ck-cari-status').textContent()).not.toBe('');
      return (await page.locator('#ck-cari-status').textContent()) ?? '';
    };
    const terlihat = (name: string) => page.getByRole('radio', { name, exact: true }).isVisible();
    await page.goto(`${base}/penilai-kinerja/?daerah=pati`);
    await page.locator('#ck-app[data-siap]').waitFor();
    expect(await cari('pendidikan')).toMatch(/tidak menyebut “pendidikan”/);
    expect(await terlihat('Dinas Daerah')).toBe(true);
    expect(await terlihat('Unit lain yang dipimpin Pejabat Pimpinan Tinggi Pratama')).toBe(true);
    expect(await terlihat('Kelurahan')).toBe(false);
    await cari('RSUD');
    expect(await terlihat('UPT RSUD Kayen')).toBe(true);
    await page.goto(`${base}/penilai-kinerja/?daerah=klaten`);
    await page.locator('#ck-app[data-siap]').waitFor();
    for (const [q, unit] of [
      ['Dinkes', 'Dinas Kesehatan'],
      ['BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'],
      ['Setwan', 'Sekretariat DPRD'],
      ['Kecamatan Wedi', 'Kecamatan'],
      ['Puskesmas', 'Puskesmas'],
    ] as const) {
      await cari(q);
      expect(await terlihat(unit), q).toBe(true);
      expect(await terlihat('Dinas Perhubungan'), q).toBe(false);
    }
    expect(await cari('zzzz')).toMatch(/Pilih jenis unit/);
    expect(await terlihat('Unit saya tidak ada dalam daftar')).toBe(true);
    await ctx.close();
  });
});

describe('an answer that fits a phone and travels', () => {
  const URL_DISHUB = '/penilai-kinerja/?daerah=klaten&unit=dishub&jabatan=jf-muda&tempat=bidang&langkah=hasil';

  it('at 360x740 the assessor, with its citation and the provision naming the unit, is on the first screen; the rest is folded', async () => {
    const { ctx } = await context(browser, base, { viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(`${base}${URL_DISHUB}`);
    await page.locator('#ck-app[data-siap]').waitFor();
    const inView = async (sel: string) => {
      const b = await page.locator(sel).first().boundingBox();
      return !!b && b.y >= 0 && b.y + b.height <= 740;
    };
    expect((await page.locator('.ck-panel-isi').textContent())?.trim()).toBe('Kepala Bidang');
    expect(await inView('.ck-panel-isi')).toBe(true);
    // The citation starts on the first screen (it may wrap below it).
    expect((await page.locator('.ck-panel-dasar a').first().boundingBox())!.y).toBeLessThan(740);
    expect(await page.locator('.ck-panel-dasar a').first().getAttribute('href')).toMatch(/^\/klaten\/(.*\/)?#lampiran__b__p-5$/);
    expect(await page.locator('.ck-panel').textContent()).toMatch(/tidak menyebut jabatan Anda/);
    expect(await page.locator('[data-baris="hasil"]').isVisible()).toBe(false);
    expect(await page.locator('.ck-unit-disebut a[href$="#lampiran__b__f__keterangan"]').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Nothing unrelated: a Puskesmas answer has no DPMPTSP block.
    await page.goto(`${base}/penilai-kinerja/?daerah=klaten&unit=puskesmas&jabatan=jf-muda&langkah=hasil`);
    await page.locator('#ck-app[data-siap]').waitFor();
    expect((await page.locator('.ck-tugas h3, .ck-tugas h4').allTextContents()).join(' | ')).not.toMatch(/Penanaman Modal/);
    expect(await page.locator('.ck-tugas').count()).toBeGreaterThan(0);
    await ctx.close();
  });

  it('"Salin jawaban" copies a plain-text message with the answer, the wording, the citation and the link', async () => {
    const { ctx } = await context(browser, base, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await ctx.newPage();
    await page.goto(`${base}/penilai-kinerja/?daerah=klaten&unit=dishub&jabatan=jf-pertama&tempat=seksi&langkah=hasil`);
    await page.locator('#ck-app[data-siap]').waitFor();
    await page.getByRole('button', { name: 'Salin jawaban' }).click();
    await expect.poll(() => page.locator('.ck-aksi-status').textContent()).toMatch(/disalin/);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^Siapa Pejabat Penilai Kinerja saya\?\n/);
    expect(text).toContain('Unit organisasi: Dinas Perhubungan');
    expect(text).toContain('Jawaban: Kepala Seksi');
    expect(text).toContain(
      '“Penilai Kinerja: Kepala Subbagian, Kepala Seksi (Pengawas); Pejabat yang Dinilai: JF Pertama ke bawah dan pelaksana”',
    );
    expect(text).toContain('Peraturan Bupati Klaten Nomor 34 Tahun 2024');
    expect(text).toContain(`${base}/penilai-kinerja/klaten/?unit=dishub&jabatan=jf-pertama&tempat=seksi#pola-dishub`);
    expect(text).not.toMatch(/<[a-z]/);
    await ctx.close();
  });

  it('printing shows the choices and the quoted provisions', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}${URL_DISHUB}`);
    await page.locator('#ck-app[data-siap]').waitFor();
    expect(await page.locator('[data-pilihan] dl').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-pilihan] dl').isVisible()).toBe(true);
    expect(await page.locator('[data-pilihan] dl').textContent()).toContain('Di Bidang, langsung di bawah Kepala Bidang');
    const quote = page.locator('[data-baris="penilai"] blockquote', { hasText: 'berkedudukan di bawah Administrator' });
    expect(await quote.count()).toBe(1);
    expect(await quote.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Salin jawaban' }).isVisible()).toBe(false);
    await ctx.close();
  });

  it('"Bandingkan dengan daerah lain": the same person under every regulation in one table, "tidak diatur" where silent', async () => {
    const { ctx } = await context(browser, base);
    const page = await ctx.newPage();
    await page.goto(`${base}/penilai-kinerja/?daerah=klaten&unit=dinas-pendidikan&jabatan=jf-muda&tempat=bidang&langkah=hasil`);
    await page.locator('#ck-app[data-siap]').waitFor();
    await page.getByRole('link', { name: /Siapa menilai Pejabat Fungsional Ahli Muda di Dinas menurut setiap peraturan/ }).click();
    await page.waitForURL(/\/penilai-kinerja\/banding\/dinas\/$/);
    const table = page.locator('table.ck-banding');
    expect(await table.count()).toBe(1);
    for (const slug of ['pati', 'bengkayang', 'probolinggo', 'batang', 'klaten'])
      expect(await page.locator(`#banding-${slug}`).count(), slug).toBe(1);
    expect(await page.locator('#banding-batang').textContent()).toMatch(/Tidak diatur/);
    const klaten = page.locator('tr', { hasText: 'Dinas Pendidikan' }).filter({ hasText: 'Bergantung' }).first();
    expect(await klaten.textContent()).toMatch(/Pejabat Fungsional Ahli Muda[^:]*:\s*Bergantung:[^(]*Kepala Bidang/);
    const hrefs = await klaten.locator('.ck-sel-dasar a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h!.startsWith('/klaten/')).toBe(true);
    await ctx.close();
  });
});

describe('Content-Security-Policy', () => {
  it('the built pages carry no inline script body', () => {
    for (const f of ['penilai-kinerja/index.html', 'penilai-kinerja/klaten/index.html', 'penilai-kinerja/banding/dinas/index.html']) {
      const html = readFileSync(join(DIST, f), 'utf8');
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        expect(m[1], f).toMatch(/\bsrc=/);
        expect(m[2]!.trim(), f).toBe('');
      }
      expect(html, f).not.toMatch(/\sstyle="/);
    }
  });
});
