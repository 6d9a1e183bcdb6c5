/**
 * The no-JavaScript answer pages hand a shared answer address back to the
 * question flow when JavaScript runs: /penilai-kinerja/<slug>/?unit=...#pola-x
 * becomes /penilai-kinerja/?daerah=<slug>&unit=...&langkah=hasil. Without
 * JavaScript the page itself, opened at the anchor, answers the same question.
 */
const el = document.getElementById('ck-statis');
const params = new URLSearchParams(location.search);
if (el && params.get('unit')) {
  const q = new URLSearchParams({ daerah: el.dataset.slug ?? '' });
  for (const k of ['unit', 'jabatan', 'tempat', 'kelas']) {
    const v = params.get(k);
    if (v) q.set(k, v);
  }
  q.set('langkah', params.get('jabatan') ? 'hasil' : 'jabatan');
  location.replace(`${el.dataset.base ?? '/'}penilai-kinerja/?${q.toString()}`);
}
