/**
 * The session builder (/presentasi/sesi/): a catalogue of every deck's slides
 * (filterable), the trainer's selection (reorder with buttons, remove), a
 * comparison slide from the checker's cross-regulation answers, the selection
 * kept in the address (?s=…). "Presentasikan" assembles the slides' markup
 * from their deck pages and hands it to the presenter runtime
 * (initPresenter, P1's contract); "Unduh PPTX" writes the session in the
 * browser with pptxgenjs (loaded only then); PDF is the browser's print of
 * the assembled list (A4, one slide per page). No inline code (CSP).
 */
import { initPresenter, renumberSlide, type PresenterHandle } from './presenter-runtime.ts';
import {
  bandingSlide,
  findSlide,
  itemKey,
  moveItem,
  parseSession,
  serializeSession,
  sessionId,
  type Catalogue,
  type SessionItem,
} from '../lib/decks/session.ts';
import type { SlideSpec } from '../lib/decks/pptx-write.ts';

const app = document.querySelector<HTMLElement>('.sesi');
if (app) void main(app);

async function main(app: HTMLElement) {
  const base = import.meta.env.BASE_URL;
  const $ = <T extends Element>(sel: string, el: ParentNode = app) => el.querySelector<T>(sel)!;
  const root = document.querySelector<HTMLElement>('.sesi-deck')!;
  const status = $<HTMLElement>('.sesi-status');
  const notice = $<HTMLElement>('.sesi-notice');
  $<HTMLElement>('.sesi-nojs').hidden = true;
  $<HTMLElement>('.sesi-app').hidden = false;

  let cat: Catalogue;
  try {
    cat = (await (await fetch(app.dataset.katalog!)).json()) as Catalogue;
  } catch {
    status.textContent = 'Daftar slide tidak dapat dimuat. Periksa sambungan internet, lalu muat ulang halaman ini.';
    return;
  }
  const initial = location.search;
  const params = new URLSearchParams(initial);
  const parsed = parseSession(params.get('s'), cat);
  let items: SessionItem[] = parsed.items;
  const say = (msgs: string[]) => {
    notice.replaceChildren(...msgs.map((m) => Object.assign(document.createElement('p'), { textContent: m })));
  };
  say(parsed.notices);

  /** An element with properties (textContent, className, type…) and children. */
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    props: Record<string, unknown> = {},
    ...kids: (Node | string)[]
  ): HTMLElementTagNameMap[K] => {
    const e = Object.assign(document.createElement(tag), props) as HTMLElementTagNameMap[K];
    e.append(...kids);
    return e;
  };
  const describeItem = (it: SessionItem): string => {
    if (it.type === 'banding') return bandingSlide(cat, it.kind, it.regs)?.title ?? itemKey(it);
    const s = findSlide(cat, it.key);
    const deck = cat.decks.find((d) => d.id === it.key.split(':')[0]);
    return s ? `${s.label}: ${s.title} (${deck?.title ?? ''})` : it.key;
  };

  // ---- The address keeps the selection.
  const save = () => {
    const q = new URLSearchParams();
    if (items.length) q.set('s', serializeSession(items));
    const qs = q.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
    history.replaceState(history.state, '', `${location.pathname}${qs ? `?${qs}` : ''}`);
  };

  // ---- Selection list: reorder with buttons (keyboard: Tab to them, Enter/Space), remove.
  const list = $<HTMLOListElement>('.sesi-urutan');
  const renderList = (focus?: { i: number; act: string }) => {
    list.replaceChildren(
      ...items.map((it, i) => {
        const text = describeItem(it);
        const b = (act: string, label: string, sym: string, disabled = false) =>
          el('button', {
            type: 'button',
            className: 'sesi-kecil',
            textContent: sym,
            title: label,
            disabled,
            ariaLabel: `${label}: ${text}`,
          });
        const li = el('li', {}, el('span', { className: 'sesi-teks', textContent: text }));
        const up = b('naik', 'Naikkan', '↑', i === 0);
        const down = b('turun', 'Turunkan', '↓', i === items.length - 1);
        const del = b('hapus', 'Hapus', '✕');
        up.dataset.act = 'naik';
        down.dataset.act = 'turun';
        del.dataset.act = 'hapus';
        for (const x of [up, down, del]) x.dataset.i = String(i);
        li.append(up, down, del);
        return li;
      }),
    );
    $<HTMLElement>('.sesi-kosong').hidden = items.length > 0;
    $<HTMLElement>('.sesi-jumlah').textContent = items.length ? `(${items.length})` : '';
    for (const b of app.querySelectorAll<HTMLButtonElement>('[data-sesi]')) b.disabled = !items.length;
    if (focus) {
      const target =
        list.querySelector<HTMLButtonElement>(`button[data-i="${focus.i}"][data-act="${focus.act}"]:not(:disabled)`) ??
        list.querySelector<HTMLButtonElement>(`button[data-i="${focus.i}"]:not(:disabled)`) ??
        list.querySelector<HTMLButtonElement>('button:not(:disabled)');
      target?.focus();
    }
    save();
  };
  list.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('button[data-act]');
    if (!b) return;
    const i = Number(b.dataset.i);
    const act = b.dataset.act!;
    if (act === 'hapus') {
      const gone = describeItem(items[i]!);
      items = items.filter((_, k) => k !== i);
      status.textContent = `Dihapus: ${gone}`;
      renderList({ i: Math.min(i, items.length - 1), act: 'hapus' });
      return;
    }
    const j = act === 'naik' ? i - 1 : i + 1;
    items = moveItem(items, i, act === 'naik' ? -1 : 1);
    status.textContent = `${describeItem(items[j]!)}: sekarang nomor ${j + 1} dari ${items.length}`;
    renderList({ i: j, act });
  });
  const add = (it: SessionItem) => {
    items = [...items, it];
    status.textContent = `Ditambahkan sebagai nomor ${items.length}: ${describeItem(it)}`;
    renderList();
  };

  // ---- Catalogue, grouped by deck, filterable.
  const katalog = $<HTMLElement>('.sesi-katalog');
  const KIND: Record<string, string> = { tema: 'Tema', peraturan: 'Peraturan', panduan: 'Panduan' };
  katalog.replaceChildren(
    ...cat.decks.map((d) =>
      el(
        'details',
        {},
        el('summary', { textContent: `${KIND[d.kind] ?? d.kind}: ${d.title} (${d.slides.length})` }),
        el(
          'ul',
          {},
          ...d.slides.map((s) => {
            const text = `${s.label}: ${s.title}`;
            const btn = el('button', {
              type: 'button',
              className: 'sesi-kecil',
              textContent: '+',
              title: 'Tambahkan',
              ariaLabel: `Tambahkan ${text} (${d.title})`,
            });
            btn.dataset.key = s.key;
            const li = el('li', {}, el('span', { className: 'sesi-teks', textContent: text }), btn);
            li.dataset.cari = `${text} ${s.kicker} ${d.title}`.toLowerCase();
            return li;
          }),
        ),
      ),
    ),
  );
  katalog.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('button[data-key]');
    if (b) add({ type: 'slide', key: b.dataset.key! });
  });
  const filter = $<HTMLInputElement>('#sesi-saring');
  filter.addEventListener('input', () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    for (const det of katalog.querySelectorAll('details')) {
      let any = 0;
      for (const li of det.querySelectorAll<HTMLElement>('li')) {
        const hit = words.every((w) => li.dataset.cari!.includes(w));
        li.hidden = !hit;
        any += hit ? 1 : 0;
      }
      det.hidden = !any;
      det.open = words.length > 0 && any > 0;
    }
  });

  // ---- Comparison slide.
  const jenis = $<HTMLSelectElement>('#sesi-banding-jenis');
  jenis.replaceChildren(...cat.banding.map((k) => el('option', { value: k.id, textContent: k.label })));
  const regsBox = $<HTMLElement>('.sesi-banding-regs');
  const renderRegs = () => {
    const k = cat.banding.find((x) => x.id === jenis.value);
    regsBox.replaceChildren(
      ...(k?.regs ?? []).map((r) =>
        el(
          'label',
          {},
          el('input', { type: 'checkbox', value: r.slug, name: 'peraturan' }),
          ` ${r.singkat}${r.grup.length ? '' : ' (tidak diatur)'}`,
        ),
      ),
    );
  };
  jenis.addEventListener('change', renderRegs);
  renderRegs();
  $<HTMLFormElement>('.sesi-banding').addEventListener('submit', (e) => {
    e.preventDefault();
    const regs = [...regsBox.querySelectorAll<HTMLInputElement>('input:checked')].map((x) => x.value);
    if (regs.length < 2) {
      status.textContent = 'Pilih paling sedikit dua peraturan untuk dibandingkan.';
      return;
    }
    add({ type: 'banding', kind: jenis.value, regs });
  });

  // ---- Assembling the slides' markup from their deck pages.
  const pages = new Map<string, Promise<Document>>();
  const page = (path: string) => {
    let p = pages.get(path);
    if (!p) {
      p = fetch(`${base}${path}`).then(async (r) => {
        if (!r.ok) throw new Error(`${path}: ${r.status}`);
        return new DOMParser().parseFromString(await r.text(), 'text/html');
      });
      pages.set(path, p);
    }
    return p;
  };
  const bandingLi = (it: Extract<SessionItem, { type: 'banding' }>): HTMLElement => {
    const b = bandingSlide(cat, it.kind, it.regs)!;
    const kind = cat.banding.find((k) => k.id === it.kind)!;
    const rows = b.regs.flatMap((r) =>
      r.grup.length
        ? r.grup.map((g, gi) =>
            el(
              'tr',
              {},
              el('th', { scope: 'row', textContent: gi === 0 ? r.singkat : '' }),
              el('td', { textContent: g.unit }),
              el(
                'td',
                {},
                el(
                  'ul',
                  {},
                  ...g.jawaban.map((j) => {
                    const li = el('li', {}, el('strong', { textContent: `${j.jabatan}: ` }), j.ringkas, ' ');
                    const dasar = el('span', { className: 'banding-dasar' }, '(');
                    j.dasar.forEach((d, k) => {
                      const a = el('a', { href: `${base}${d.href}`, textContent: d.label });
                      a.dataset.cite = d.cite;
                      dasar.append(...(k ? ['; ', a] : [a]));
                    });
                    dasar.append(')');
                    li.append(dasar);
                    return li;
                  }),
                ),
              ),
            ),
          )
        : [
            el(
              'tr',
              {},
              el('th', { scope: 'row', textContent: r.singkat }),
              el('td', { colSpan: 2, textContent: `Tidak diatur: ${r.singkat} tidak menyebut ${kind.label} sebagai unit tersendiri.` }),
            ),
          ],
    );
    const table = el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['Peraturan', 'Unit', 'Pejabat Penilai Kinerja, dengan dasarnya'].map((h) => el('th', { scope: 'col', textContent: h })),
        ),
      ),
      el('tbody', {}, ...rows),
    );
    const li = el(
      'li',
      { className: 'slide slide-words', id: 'slide-0' },
      el(
        'div',
        { className: 'slide-head' },
        el('p', { className: 'slide-kicker', textContent: `Slide 0 dari 0 · ${b.kicker}` }),
        el(
          'h2',
          { className: 'slide-title', id: 'slide-0-title' },
          el('span', { className: 'slide-label', textContent: b.label }),
          el('span', { className: 'slide-sep', textContent: ': ' }),
          b.title,
        ),
      ),
      el('div', { className: 'slide-quote slide-banding' }, table),
      el(
        'div',
        { className: 'slide-side' },
        el('p', {
          className: 'slide-summary',
          textContent: 'Setiap jawaban disusun hanya dari peraturan daerah itu sendiri, dengan ketentuan yang menjadi dasarnya.',
        }),
        el(
          'p',
          { className: 'slide-links' },
          el('a', { href: `${base}penilai-kinerja/banding/${it.kind}/`, textContent: 'Perbandingan lengkap di Cek Penilai Kinerja' }),
        ),
      ),
    );
    li.dataset.steps = '0';
    li.dataset.kind = 'banding';
    return li;
  };
  const slidesOf = async (it: SessionItem): Promise<HTMLElement[]> => {
    if (it.type === 'banding') return [bandingLi(it)];
    const s = findSlide(cat, it.key)!;
    const doc = await page(s.page);
    const found = s.slide
      ? [doc.querySelector<HTMLElement>(`li.slide#slide-${s.slide}`)]
      : [...doc.querySelectorAll<HTMLElement>('li.slide')];
    return found.filter((x): x is HTMLElement => !!x).map((x) => document.importNode(x, true));
  };
  let handle: PresenterHandle | undefined;
  let assembled = '';
  const assemble = async () => {
    const key = serializeSession(items);
    if (assembled === key) return;
    status.textContent = 'Menyusun slide…';
    const lis = (await Promise.all(items.map(slidesOf))).flat();
    const total = lis.length;
    lis.forEach((li, i) => {
      const n = i + 1;
      renumberSlide(li, n, `s${n}-${li.dataset.prefix || 'sesi'}`);
      const k = li.querySelector('.slide-kicker');
      if (k?.firstChild?.nodeType === Node.TEXT_NODE)
        k.firstChild.textContent = k.firstChild.textContent!.replace(/^Slide \d+ dari \d+/, `Slide ${n} dari ${total}`);
      for (const b of li.querySelectorAll<HTMLElement>('[data-act="start-here"]')) b.dataset.slide = String(n);
    });
    $<HTMLOListElement>('ol.slides', root).replaceChildren(...lis);
    root.dataset.deck = sessionId(items);
    root.dataset.deckTitle = `Sesi (${items.length} pilihan)`;
    root.hidden = false;
    assembled = key;
    status.textContent = `${total} slide siap.`;
  };
  const present = async (at?: string) => {
    try {
      await assemble();
    } catch {
      status.textContent = 'Sebagian slide tidak dapat dimuat (tanpa internet dan belum tersimpan?). Coba lagi saat tersambung.';
      return;
    }
    handle?.destroy();
    if (at !== undefined) history.replaceState(history.state, '', `${location.pathname}?s=${serializeSession(items)}${at}`);
    handle = initPresenter(root, { offline: true });
  };

  // ---- PPTX in the browser: the same writer as the build, figures as SVG (PowerPoint draws the vector; pptxgenjs adds a PNG fallback).
  const pptx = async () => {
    status.textContent = 'Membuat PPTX…';
    try {
      const [{ default: PptxGenJS }, { writeSlides }] = await Promise.all([import('pptxgenjs'), import('../lib/decks/pptx-write.ts')]);
      const specs: SlideSpec[] = await Promise.all(
        items.map(async (it): Promise<SlideSpec> => {
          if (it.type === 'banding') return bandingSlide(cat, it.kind, it.regs)!.pptx;
          const s = findSlide(cat, it.key)!;
          if (s.pptx.type !== 'gambar' || !s.svg) return s.pptx;
          const svg = await (await fetch(`${base}${s.svg.href}`)).text();
          return { ...s.pptx, image: { svg, width: s.svg.width, height: s.svg.height } };
        }),
      );
      const p = new PptxGenJS();
      writeSlides(
        p,
        { title: 'Sesi presentasi', summary: items.map(describeItem).join(' · ').slice(0, 600), count: `${specs.length} slide` },
        specs,
      );
      await p.writeFile({ fileName: `sistem-kerja-${sessionId(items)}.pptx` });
      status.textContent = `PPTX dibuat: ${specs.length} slide dan sampul.`;
    } catch (e) {
      status.textContent = `PPTX tidak dapat dibuat: ${(e as Error).message}`;
    }
  };

  app.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('[data-sesi]');
    if (!b || !items.length) return;
    if (b.dataset.sesi === 'present') void present('&slide=1');
    else if (b.dataset.sesi === 'pptx') void pptx();
    else if (b.dataset.sesi === 'print')
      void assemble().then(
        () => window.print(),
        () => (status.textContent = 'Sebagian slide tidak dapat dimuat untuk dicetak.'),
      );
  });

  renderList();
  // Opened at a position (a reload while presenting, or the speaker view window): present straight away.
  if (items.length && (params.has('slide') || params.has('langkah') || params.has('tampilan'))) {
    // renderList wrote ?s= alone; the presenter reads the position from the address as it was opened.
    history.replaceState(history.state, '', `${location.pathname}${initial}`);
    await present();
  } else if (navigator.serviceWorker?.controller) {
    // Already saved for offline once: keep this page and its catalogue too.
    navigator.serviceWorker.controller.postMessage({ type: 'simpan', urls: [location.pathname, app.dataset.katalog] });
  }
}
