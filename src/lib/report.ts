/**
 * "Laporkan kesalahan": a mailto link prefilled with the citation, the page
 * and the quoted text. Nothing leaves the site: the reader's own mail program
 * sends it, to the address set in the site's configuration (or to whoever the
 * reader chooses when none is set).
 */
export interface ReportInput {
  /** The provision's citation in the conventional form. */
  citation: string;
  /** Where the reader saw it: an absolute URL when the site's address is known, else the page path. */
  where: string;
  /** The provision's words as shown (cut to a reasonable length for a mail link). */
  text: string;
  /** Recipient; undefined leaves it for the reader to fill in. */
  to?: string | undefined;
}

const MAX_TEXT = 1200;

export function reportMailto({ citation, where, text, to }: ReportInput): string {
  const quoted = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)} …` : text;
  const subject = `Laporan kesalahan: ${citation}`;
  const body = [
    'Saya menemukan kemungkinan kesalahan pada ketentuan berikut di situs Sistem Kerja.',
    '',
    `Ketentuan: ${citation}`,
    `Halaman: ${where}`,
    '',
    'Teks sebagaimana ditampilkan:',
    `“${quoted}”`,
    '',
    'Kesalahan yang saya temukan (mohon jelaskan):',
    '',
  ].join('\n');
  const q = (s: string) => encodeURIComponent(s).replace(/%20/g, '%20');
  return `mailto:${to ? encodeURIComponent(to).replace(/%40/g, '@') : ''}?subject=${q(subject)}&body=${q(body)}`;
}
