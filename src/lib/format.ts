/** Dates and small formatting helpers in Bahasa Indonesia. */
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2024-02-29" -> "29 Februari 2024". */
export function tanggal(iso: string): string {
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) throw new Error(`Tanggal tidak valid: "${iso}"`);
  const month = BULAN[Number(m[2]) - 1];
  if (!month) throw new Error(`Bulan tidak valid dalam "${iso}"`);
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** 245982 -> "240 KB" (binary kilobytes, rounded; for download sizes). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

const ANGKA = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'];

/** A count in words, from the data: 5 -> "lima", 12 -> "12" (numbers above ten in digits, as Indonesian style has it). */
export const angka = (n: number): string => (Number.isInteger(n) && n >= 0 && n <= 10 ? ANGKA[n]! : String(n));

/** The same at the start of a sentence: 5 -> "Lima", 12 -> "12". */
export const Angka = (n: number): string => {
  const a = angka(n);
  return a[0]!.toUpperCase() + a.slice(1);
};
