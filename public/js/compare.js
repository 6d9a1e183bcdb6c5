// Comparison pages: keeps the reader's choice (which regulations are shown,
// which two are highlighted) in the address so it can be shared, explains
// choices that make no sense, and unfolds long cells before printing.
// Everything works without this script; CSS reacts to the inputs directly.
(() => {
  const form = document.querySelector('.cmp-controls');
  if (!form) return;
  const boxes = [...form.querySelectorAll('input[name="tampil"]')];
  const selA = form.querySelector('#beda-a');
  const selB = form.querySelector('#beda-b');
  const known = new Set(boxes.map((b) => b.value));
  const status = document.createElement('p');
  status.className = 'cmp-status';
  status.setAttribute('role', 'status');
  form.appendChild(status);

  const params = new URLSearchParams(location.search);
  const notes = [];
  const wanted = params.getAll('tampil').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  if (wanted.length) {
    const good = wanted.filter((v) => known.has(v));
    const bad = wanted.filter((v) => !known.has(v));
    if (bad.length) notes.push(`Peraturan "${bad.join('", "')}" tidak dikenal dan diabaikan.`);
    if (good.length) for (const b of boxes) b.checked = good.includes(b.value);
  }
  const pick = (sel, key, allowEmpty) => {
    if (!sel || !params.has(key)) return;
    const v = params.get(key) || '';
    if ((v === '' && allowEmpty) || known.has(v)) sel.value = v;
    else notes.push(`Pilihan sorotan "${v}" tidak dikenal dan diabaikan.`);
  };
  pick(selA, 'a', true);
  pick(selB, 'b', false);

  const explain = () => {
    const shown = boxes.filter((b) => b.checked).length;
    const msgs = [...notes];
    if (shown < 2) msgs.push('Pilih paling sedikit dua peraturan untuk dibandingkan.');
    if (selA && selB && selA.value && selA.value === selB.value) msgs.push('Pilih dua peraturan yang berbeda untuk menyorot perbedaannya.');
    else if (selA && selB && selA.value) {
      const hidden = [selA, selB].filter((s) => boxes.some((b) => b.value === s.value && !b.checked));
      if (hidden.length) msgs.push('Salah satu peraturan yang disorot sedang disembunyikan.');
    }
    status.textContent = msgs.join(' ');
  };
  const save = () => {
    const p = new URLSearchParams(location.search);
    p.delete('tampil'); p.delete('a'); p.delete('b');
    const shown = boxes.filter((b) => b.checked).map((b) => b.value);
    if (shown.length !== boxes.length) p.set('tampil', shown.join(','));
    if (selA) p.set('a', selA.value);
    if (selB) p.set('b', selB.value);
    const q = p.toString();
    history.replaceState(null, '', location.pathname + (q ? `?${q}` : '') + location.hash);
  };
  form.addEventListener('change', () => { notes.length = 0; save(); explain(); });
  form.addEventListener('submit', (e) => { e.preventDefault(); save(); explain(); });
  explain();

  const opened = [];
  addEventListener('beforeprint', () => {
    for (const d of document.querySelectorAll('details.more:not([open])')) { d.open = true; opened.push(d); }
  });
  addEventListener('afterprint', () => { for (const d of opened.splice(0)) d.open = false; });
})();
