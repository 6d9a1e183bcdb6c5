import { describe, expect, it } from 'vitest';
import { cleanEcho, defaultChoice, MAX_CHOICE, MAX_ECHO, parseSelection, selectionQuery } from '../../src/lib/compare/selection.ts';
import { markPair } from '../../src/lib/compare/mark.ts';
import { angka, jumlah, semua } from '../../src/lib/compare/words.ts';

const known = ['pati', 'batang', 'bengkayang', 'klaten', 'probolinggo', 'kendal', 'demak'];
const defaults = defaultChoice(known);

describe('choice of regulations in the address', () => {
  it('defaults to the first five regulations, highlighting the first two', () => {
    expect(defaults).toEqual(known.slice(0, MAX_CHOICE));
    const s = parseSelection('', known, defaults);
    expect(s).toEqual({ chosen: defaults, a: 'pati', b: 'batang', notes: [], fromAddress: false });
  });

  it('reads repeated p, comma lists and the older tampil, in the order given, without duplicates', () => {
    expect(parseSelection('?p=klaten&p=demak', known, defaults).chosen).toEqual(['klaten', 'demak']);
    expect(parseSelection('p=klaten,demak&p=klaten', known, defaults).chosen).toEqual(['klaten', 'demak']);
    expect(parseSelection('tampil=probolinggo,pati', known, defaults).chosen).toEqual(['probolinggo', 'pati']);
    const s = parseSelection('p=klaten&p=demak&a=demak&b=klaten', known, defaults);
    expect([s.a, s.b, s.fromAddress]).toEqual(['demak', 'klaten', true]);
    expect(parseSelection('p=klaten&p=demak&a=', known, defaults).a).toBe('');
  });

  it('ignores unknown regulations with a note, and falls back to the default when nothing is left', () => {
    const s = parseSelection('p=zzz&p=pati&p=kendal', known, defaults);
    expect(s.chosen).toEqual(['pati', 'kendal']);
    expect(s.notes).toEqual(['Peraturan "zzz" tidak dikenal dan diabaikan.']);
    const t = parseSelection('p=zzz', known, defaults);
    expect(t.chosen).toEqual(defaults);
    expect(t.fromAddress).toBe(false);
  });

  it('keeps at most five and asks for at least two', () => {
    const s = parseSelection(`p=${known.join(',')}`, known, defaults);
    expect(s.chosen).toHaveLength(MAX_CHOICE);
    expect(s.notes.join(' ')).toContain(`Paling banyak ${MAX_CHOICE} peraturan`);
    expect(parseSelection('p=klaten', known, defaults).notes.join(' ')).toContain('paling sedikit 2');
  });

  it('explains a highlight pair that is unknown, not compared, or the same twice', () => {
    expect(parseSelection('p=pati&p=klaten&a=zzz', known, defaults).notes).toEqual(['Pilihan sorotan "zzz" tidak dikenal dan diabaikan.']);
    const s = parseSelection('p=pati&p=klaten&b=demak', known, defaults);
    expect(s.b).toBe('klaten');
    expect(s.notes[0]).toContain('tidak sedang dibandingkan');
    const t = parseSelection('p=pati&p=klaten&a=klaten&b=klaten', known, defaults);
    expect([t.a, t.b]).toEqual(['klaten', 'pati']);
    expect(t.notes.join(' ')).toContain('dua peraturan yang berbeda');
  });

  it('cuts what it echoes and strips bidi and control characters', () => {
    const evil = '\u202Eabc\u2066def\u200F\u0007' + 'x'.repeat(100);
    const s = parseSelection(`p=${encodeURIComponent(evil)}&p=pati&p=klaten`, known, defaults);
    const note = s.notes[0]!;
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern removes or allows
    expect(note).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u0000-\u001F]/);
    expect(note).toContain(`"abcdef${'x'.repeat(MAX_ECHO - 6)}…"`);
    expect(cleanEcho('<b>\u061C')).toBe('<b>');
    expect([...cleanEcho('y'.repeat(500))]).toHaveLength(MAX_ECHO + 1);
  });

  it('writes the choice back as a query that reads the same, and nothing for the default', () => {
    expect(selectionQuery({ chosen: defaults, a: 'pati', b: 'batang' }, defaults)).toBe('');
    const q = selectionQuery({ chosen: ['klaten', 'demak'], a: 'demak', b: 'klaten' }, defaults);
    expect(q).toBe('p=klaten&p=demak&a=demak&b=klaten');
    const back = parseSelection(q, known, defaults);
    expect([back.chosen, back.a, back.b]).toEqual([['klaten', 'demak'], 'demak', 'klaten']);
    expect(selectionQuery({ chosen: defaults, a: '', b: 'batang' }, defaults)).toBe('a=&b=batang');
  });
});

describe('word differences for a pair chosen in the browser', () => {
  it('marks the words each side lacks, piece by piece, and counts them', () => {
    const m = markPair(['Penugasan dilakukan oleh ', 'Kepala Perangkat Daerah.'], ['Penugasan ditetapkan oleh Sekretaris Daerah.'])!;
    expect(m.onlyA).toBe(3);
    expect(m.onlyB).toBe(2);
    expect(m.a[0]).toEqual([
      { text: 'Penugasan ', marked: false },
      { text: 'dilakukan', marked: true },
      { text: ' oleh ', marked: false },
    ]);
    expect(m.a[1]).toEqual([
      { text: 'Kepala Perangkat', marked: true },
      { text: ' Daerah.', marked: false },
    ]);
    expect(m.b[0]!.filter((r) => r.marked).map((r) => r.text)).toEqual(['ditetapkan', 'Sekretaris']);
    // Joining the runs gives each piece back verbatim.
    expect(m.a.map((rs) => rs.map((r) => r.text).join(''))).toEqual(['Penugasan dilakukan oleh ', 'Kepala Perangkat Daerah.']);
  });

  it('ignores case and punctuation, and gives up on texts too long to compare', () => {
    const m = markPair(['Tim Kerja, dibentuk.'], ['tim kerja dibentuk'])!;
    expect([m.onlyA, m.onlyB]).toEqual([0, 0]);
    expect(markPair(['a b c'], ['a b'], 2)).toBeUndefined();
  });
});

describe('counts in words', () => {
  it('writes small counts in words and larger ones in digits', () => {
    expect([angka(5), angka(10), angka(11)]).toEqual(['lima', 'sepuluh', '11']);
    expect([semua(1), semua(2), semua(5), semua(50)]).toEqual(['peraturan ini', 'kedua peraturan', 'kelima peraturan', '50 peraturan']);
    expect(jumlah(4)).toBe('empat peraturan');
  });
});
