/** Metadata for the five seed regulations, read by hand from their texts (penutup and kepala). */
import type { Meta } from '../src/lib/schema/regulation.ts';

const base = { status: 'Berlaku' as const, bahasa: 'id' as const, subjek: ['Aparatur Sipil Negara', 'Penyederhanaan Birokrasi', 'Sistem Kerja'] };

export const SEED_META: { slug: string; meta: Meta }[] = [
  {
    slug: 'pati',
    meta: {
      jenis: 'Peraturan Bupati', singkatan: 'Perbup', nomor: '36', tahun: 2023, judul: 'Sistem Kerja',
      daerah: { nama: 'Kabupaten Pati', teu: 'Kabupaten Pati', provinsi: 'Jawa Tengah' },
      ditetapkan: { tempat: 'Pati', tanggal: '2023-11-23', tanggalTertulis: '23 November 2023', penandatangan: 'Henggar Budi Anggoro', jabatan: 'Pj. Bupati Pati' },
      diundangkan: { tempat: 'Pati', tanggal: '2023-11-23', tanggalTertulis: '23 November 2023', penandatangan: 'Jumani', jabatan: 'Sekretaris Daerah Kabupaten Pati' },
      sumber: 'Berita Daerah Kabupaten Pati Tahun 2023 Nomor 36',
      mulaiBerlaku: { tanggal: '2023-11-23', ketentuan: 'mulai berlaku pada tanggal diundangkan' },
      ...base, sumberResmi: 'JDIH Kabupaten Pati (Bagian Hukum Sekretariat Daerah Kabupaten Pati)', berkasSumber: '000_e014432bf10de985.txt',
    },
  },
  {
    slug: 'bengkayang',
    meta: {
      jenis: 'Peraturan Bupati', singkatan: 'Perbup', nomor: '5', tahun: 2024, judul: 'Sistem Kerja untuk Penyederhanaan Birokrasi',
      daerah: { nama: 'Kabupaten Bengkayang', teu: 'Kabupaten Bengkayang', provinsi: 'Kalimantan Barat' },
      ditetapkan: { tempat: 'Bengkayang', tanggal: '2024-04-26', tanggalTertulis: '26 April 2024', penandatangan: 'Sebastianus Darwis', jabatan: 'Bupati Bengkayang' },
      diundangkan: { tempat: 'Bengkayang', tanggal: '2024-04-26', tanggalTertulis: '26 April 2024', penandatangan: 'Yustianus', jabatan: 'Sekretaris Daerah Kabupaten Bengkayang' },
      sumber: 'Berita Daerah Kabupaten Bengkayang Tahun 2024 Nomor 5',
      mulaiBerlaku: { tanggal: '2024-04-26', ketentuan: 'mulai berlaku pada tanggal diundangkan' },
      ...base, sumberResmi: 'JDIH Kabupaten Bengkayang (Bagian Hukum Sekretariat Daerah Kabupaten Bengkayang)', berkasSumber: '001_3e769b6f4c5af8c0.txt',
    },
  },
  {
    slug: 'probolinggo',
    meta: {
      jenis: 'Peraturan Wali Kota', singkatan: 'Perwali', nomor: '88', tahun: 2024, judul: 'Sistem Kerja di Lingkungan Pemerintah untuk Penyederhanaan Birokrasi',
      daerah: { nama: 'Kota Probolinggo', teu: 'Kota Probolinggo', provinsi: 'Jawa Timur' },
      ditetapkan: { tempat: 'Probolinggo', tanggal: '2024-12-31', tanggalTertulis: '31 Desember 2024', penandatangan: 'Mochamad Taufik Kurniawan', jabatan: 'Pj. Wali Kota Probolinggo' },
      diundangkan: { tempat: 'Probolinggo', tanggal: '2024-12-31', tanggalTertulis: '31 Desember 2024', penandatangan: 'Ninik Ira Wibawati', jabatan: 'Sekretaris Daerah Kota Probolinggo' },
      sumber: 'Berita Daerah Kota Probolinggo Tahun 2024 Nomor 88',
      mulaiBerlaku: { tanggal: '2024-12-31', ketentuan: 'berlaku pada saat diundangkan' },
      ...base, sumberResmi: 'JDIH Kota Probolinggo (Bagian Hukum Sekretariat Daerah Kota Probolinggo)', berkasSumber: '002_2d51be51f4e67781.txt',
    },
  },
  {
    slug: 'batang',
    meta: {
      jenis: 'Peraturan Bupati', singkatan: 'Perbup', nomor: '4', tahun: 2024, judul: 'Sistem Kerja untuk Penyederhanaan Birokrasi di Lingkungan Pemerintah Kabupaten Batang',
      daerah: { nama: 'Kabupaten Batang', teu: 'Kabupaten Batang', provinsi: 'Jawa Tengah' },
      ditetapkan: { tempat: 'Batang', tanggal: '2024-02-29', tanggalTertulis: '29 pebruari 2024', penandatangan: 'Lani Dwi Rejeki', jabatan: 'Pj. Bupati Batang' },
      diundangkan: { tempat: 'Batang', tanggal: '2024-02-29', tanggalTertulis: '29 pebruari 2024', penandatangan: 'Ari Yudianto', jabatan: 'Pj. Sekretaris Daerah Kabupaten Batang' },
      sumber: 'Berita Daerah Kabupaten Batang Tahun 2024 Nomor 4',
      mulaiBerlaku: { tanggal: '2024-02-29', ketentuan: 'mulai berlaku pada tanggal ditetapkan' },
      ...base, sumberResmi: 'JDIH Kabupaten Batang (Bagian Hukum Sekretariat Daerah Kabupaten Batang)', berkasSumber: '003_48076d7c376d8990.txt',
    },
  },
  {
    slug: 'klaten',
    meta: {
      jenis: 'Peraturan Bupati', singkatan: 'Perbup', nomor: '34', tahun: 2024, judul: 'Sistem Kerja setelah Penyetaraan Jabatan di Lingkungan Pemerintah Daerah',
      daerah: { nama: 'Kabupaten Klaten', teu: 'Kabupaten Klaten', provinsi: 'Jawa Tengah' },
      ditetapkan: { tempat: 'Klaten', tanggal: '2024-09-02', tanggalTertulis: '2 September 2024', penandatangan: 'Sri Mulyani', jabatan: 'Bupati Klaten' },
      diundangkan: { tempat: 'Klaten', tanggal: '2024-09-02', tanggalTertulis: '2 September 2024', penandatangan: 'Jajang Prihono', jabatan: 'Sekretaris Daerah Kabupaten Klaten' },
      sumber: 'Berita Daerah Kabupaten Klaten Tahun 2024 Nomor 34',
      mulaiBerlaku: { tanggal: '2025-01-01', ketentuan: 'mulai berlaku pada tanggal 1 Januari 2025' },
      ...base, sumberResmi: 'JDIH Kabupaten Klaten (Bagian Hukum Sekretariat Daerah Kabupaten Klaten)', berkasSumber: '004_141bf182b9edb48b.txt',
    },
  },
];
