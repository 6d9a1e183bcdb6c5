/**
 * Counts in words, from the data: "lima peraturan", "kelima peraturan",
 * "empat lainnya". Numbers above ten are written in digits, as Indonesian
 * style has it.
 */
const ANGKA = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'];

/** 5 -> "lima", 12 -> "12". */
export const angka = (n: number): string => (Number.isInteger(n) && n >= 0 && n <= 10 ? ANGKA[n]! : String(n));

/** All of n regulations: 1 -> "peraturan ini", 2 -> "kedua peraturan", 5 -> "kelima peraturan", 12 -> "12 peraturan". */
export function semua(n: number, noun = 'peraturan'): string {
  if (n === 1) return `${noun} ini`;
  if (n >= 2 && n <= 10) return `ke${ANGKA[n]} ${noun}`;
  return `${n} ${noun}`;
}

/** "lima peraturan", "12 peraturan". */
export const jumlah = (n: number, noun = 'peraturan'): string => `${angka(n)} ${noun}`;
