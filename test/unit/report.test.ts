import { describe, expect, it } from 'vitest';
import { reportMailto } from '../../src/lib/report.ts';
import { readSiteConfig } from '../../src/lib/site-config.ts';

describe('Laporkan kesalahan', () => {
  const input = {
    citation: 'Pasal 13 ayat (1) Peraturan Bupati Klaten Nomor 34 Tahun 2024 tentang Sistem Kerja',
    where: '/klaten/pasal-13/#pasal-13__ayat-1',
    text: 'Pejabat Fungsional & pelaksana "ditugaskan"?',
  };
  it('prefills subject and body with citation, page and quoted text, safely encoded', () => {
    const url = reportMailto({ ...input, to: 'koreksi@contoh.go.id' });
    expect(url.startsWith('mailto:koreksi@contoh.go.id?subject=')).toBe(true);
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(params.get('subject')).toBe(`Laporan kesalahan: ${input.citation}`);
    const body = params.get('body')!;
    expect(body).toContain(input.citation);
    expect(body).toContain(input.where);
    expect(body).toContain('“Pejabat Fungsional & pelaksana "ditugaskan"?”');
    expect(url).not.toMatch(/\s/);
  });
  it('leaves the recipient empty when none is configured, and cuts very long text', () => {
    const url = reportMailto({ ...input, text: 'x'.repeat(5000) });
    expect(url.startsWith('mailto:?subject=')).toBe(true);
    expect(new URLSearchParams(url.slice(url.indexOf('?') + 1)).get('body')!.length).toBeLessThan(1600);
  });
});

describe('site configuration from the environment', () => {
  it('has no address when none is set (nothing invented)', () => {
    expect(readSiteConfig({})).toEqual({ siteUrl: undefined, reportEmail: undefined });
  });
  it('accepts a http(s) site address and a plausible e-mail, rejects the rest', () => {
    expect(readSiteConfig({ SITE_URL: 'https://sk.go.id', SK_REPORT_EMAIL: 'a@b.go.id' })).toEqual({
      siteUrl: 'https://sk.go.id/',
      reportEmail: 'a@b.go.id',
    });
    expect(readSiteConfig({ SITE_URL: 'javascript:alert(1)', SK_REPORT_EMAIL: 'not an email' })).toEqual({
      siteUrl: undefined,
      reportEmail: undefined,
    });
  });
});
