// Progressive enhancement for reading pages: "Salin kutipan" buttons.
// Reading works without this script; it only reveals and wires the buttons.
(() => {
  const reg = document.querySelector('[data-title]');
  if (!reg) return;
  const title = reg.getAttribute('data-title');
  const live = document.createElement('p');
  live.className = 'vh';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  document.body.appendChild(live);
  const copy = async (text) => {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      const ta = document.createElement('textarea');
      ta.value = text;
      ta.setAttribute('readonly', '');
      ta.className = 'vh';
      document.body.appendChild(ta);
      ta.select();
      let ok = false;
      try { ok = document.execCommand('copy'); } catch { ok = false; }
      ta.remove();
      return ok;
    }
  };
  for (const btn of document.querySelectorAll('button.cite')) {
    btn.hidden = false;
    btn.addEventListener('click', async () => {
      const target = document.getElementById(btn.getAttribute('data-target') || '');
      if (!target) return;
      const pin = target.getAttribute('data-pin') || '';
      const url = new URL('#' + target.id, location.href).href;
      const text = `${pin} ${title}`;
      const ok = await copy(`${text} (${url})`);
      btn.setAttribute('data-copied', '');
      live.textContent = ok ? `Kutipan disalin: ${text}` : `Salin manual: ${text}`;
      setTimeout(() => btn.removeAttribute('data-copied'), 2000);
    });
  }
})();
