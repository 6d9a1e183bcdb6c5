/**
 * The presenter: turns a deck page (a readable list of slides) into a
 * full-screen presentation. Keyboard, clicker (PageUp/PageDown), touch swipe,
 * step-through of flows and swimlanes in the regulation's order, vector zoom
 * and pan (the SVG viewBox, never a bitmap), a high-contrast theme, the
 * position in the address, and a service worker that keeps the deck offline.
 * Loaded only by /presentasi/ pages; no inline code, no style attributes.
 */
import {
  atEnd,
  atStart,
  clamp,
  first,
  last,
  next,
  nextSlide,
  notFoundNotice,
  positionQuery,
  prev,
  prevSlide,
  readPosition,
  type Pos,
} from '../lib/decks/nav.ts';
import { citePanel, quoteUrl } from './presenter-cite.ts';
import { speaker } from './presenter-speaker.ts';

interface View {
  z: number;
  cx: number;
  cy: number;
}
interface SlideData {
  el: HTMLElement;
  svg: SVGSVGElement | null;
  w: number;
  h: number;
  order: string[];
  nodes: Map<string, SVGGElement>;
  edges: SVGGElement[];
  stepEls: HTMLElement[];
  view: View;
}

/**
 * Gives a slide taken from another deck page its place in an assembled deck:
 * `id="slide-<n>"`, a new id prefix for everything inside its SVG (ids,
 * `url(#…)` references, aria-labelledby) and for `slide-<old n>-…` ids, so
 * that several decks' slides can share one page. Returns the element.
 */
export function renumberSlide(li: HTMLElement, n: number, prefix: string): HTMLElement {
  const oldPrefix = li.dataset.prefix ?? '';
  const oldId = li.id;
  const swap = (v: string) => {
    let out = v;
    if (oldPrefix) out = out.split(oldPrefix).join(prefix);
    if (oldId) out = out.replace(new RegExp(`\\b${oldId}(?=-|$|\\s)`, 'g'), `slide-${n}`);
    return out;
  };
  for (const el of [li, ...li.querySelectorAll('*')]) {
    for (const name of ['id', 'aria-labelledby', 'aria-describedby', 'marker-end', 'marker-start', 'href', 'for']) {
      const v = el.getAttribute(name);
      if (v === null || (name === 'href' && !v.startsWith('#'))) continue;
      el.setAttribute(name, swap(v));
    }
  }
  li.id = `slide-${n}`;
  li.dataset.prefix = prefix;
  return li;
}

export interface PresenterOptions {
  /**
   * Register the presenter's service worker and save what this page loaded
   * for offline use (default true). A page assembled at runtime may pass
   * false and save its own resources.
   */
  offline?: boolean;
}

export interface PresenterHandle {
  /** Moves to a position (0-based slide, step) as if the trainer pressed a key. */
  go(p: Pos): void;
  /** The current position. */
  position(): Pos;
  /** Removes every listener this presenter added (to re-init on new markup). */
  destroy(): void;
}

/**
 * The worker of this build once it is active. After a redeploy the registration still has the previous build's
 * worker active while this build's installs; a message sent to the old one is lost when the new one takes over
 * (it is then redundant), so the deck would never say it is saved. Waits for the new one instead.
 */
function thisBuildsWorker(reg: ServiceWorkerRegistration): Promise<ServiceWorker> {
  const next = reg.installing ?? reg.waiting;
  if (!next) return reg.active ? Promise.resolve(reg.active) : navigator.serviceWorker.ready.then((r) => r.active!);
  return new Promise((resolve, reject) => {
    const check = () => {
      if (next.state === 'activated') resolve(next);
      else if (next.state === 'redundant') reject(new Error('service worker redundant'));
    };
    next.addEventListener('statechange', check);
    check();
  });
}

/**
 * Turns a deck's markup into the presenter. `root` is a `.deck-page` element
 * with the markup described in docs/presenter.md ("Markup contract"): the one
 * DeckView.astro writes, or the same assembled at runtime (session builder).
 * Call once per root; call destroy() before calling it again on the same page.
 */
export function initPresenter(root: HTMLElement, opts: PresenterOptions = {}): PresenterHandle {
  const ac = new AbortController();
  const { signal } = ac;
  const html = document.documentElement;
  const base = import.meta.env.BASE_URL;
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel);
  const slideEls = [...root.querySelectorAll<HTMLElement>('li.slide')];
  const shape = slideEls.map((s) => Number(s.dataset.steps) || 0);
  const bar = $<HTMLElement>('.pres-bar')!;
  const count = $<HTMLElement>('.pres-count')!;
  const live = $<HTMLElement>('.pres-live')!;
  const blank = $<HTMLElement>('.pres-blank')!;
  const notice = $<HTMLElement>('.deck-notice')!;
  const btn = (act: string) => root.querySelector<HTMLButtonElement>(`.pres-bar [data-act="${act}"]`)!;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const data: (SlideData | undefined)[] = [];
  let pos: Pos = first();
  let presenting = false;
  let shown = -1;
  let anim = 0;

  const slide = (i: number): SlideData => {
    let d = data[i];
    if (!d) {
      const el = slideEls[i]!;
      const svg = el.querySelector<SVGSVGElement>('.slide-figure svg');
      const vb = (svg?.getAttribute('viewBox') ?? '0 0 1 1').split(/\s+/).map(Number);
      const prefix = el.dataset.prefix ?? '';
      const stepEls = [...el.querySelectorAll<HTMLElement>('.slide-steps li[data-node]')];
      const order = stepEls.map((li) => li.dataset.node!);
      const nodes = new Map<string, SVGGElement>();
      for (const id of order) {
        const g = svg?.getElementById(`${prefix}-n-${id}`) as SVGGElement | null | undefined;
        if (g) nodes.set(id, g);
      }
      const w = vb[2] || 1;
      const h = vb[3] || 1;
      d = {
        el,
        svg,
        w,
        h,
        order,
        nodes,
        edges: [...el.querySelectorAll<SVGGElement>('g.fig-edge')],
        stepEls,
        view: { z: 1, cx: w / 2, cy: h / 2 },
      };
      data[i] = d;
    }
    return d;
  };

  // ---- Notices: a deck or slide that does not exist opens the nearest one, and says so.
  const say = (msgs: string[]) => {
    notice.replaceChildren();
    if (!msgs.length) return;
    for (const m of msgs) notice.append(Object.assign(document.createElement('p'), { textContent: m }));
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: '×', title: 'Tutup' });
    close.setAttribute('aria-label', 'Tutup pemberitahuan');
    close.addEventListener(
      'click',
      () => {
        notice.replaceChildren();
        root.focus({ preventScroll: true });
      },
      { signal },
    );
    notice.append(close);
  };
  const params = new URLSearchParams(location.search);
  const read = readPosition(location.search, location.hash, shape);
  const msgs = [...read.notices];
  const dari = params.get('dari');
  if (dari) msgs.unshift(notFoundNotice(dari, root.dataset.deckTitle ?? ''));
  say(msgs);
  pos = read.pos;

  // ---- Vector zoom and pan: the SVG's viewBox, so lines and text stay sharp at any size.
  const area = (d: SlideData) => {
    const r = d.svg!.getBoundingClientRect();
    return { aw: r.width, ah: r.height, left: r.left, top: r.top };
  };
  const fitScale = (d: SlideData, aw: number, ah: number) => Math.min(aw / d.w, ah / d.h);
  const apply = (d: SlideData) => {
    if (!d.svg) return;
    const { aw, ah } = area(d);
    if (!aw || !ah) return;
    d.view.z = clamp(d.view.z, 1, 16);
    const s = fitScale(d, aw, ah) * d.view.z;
    const vw = aw / s;
    const vh = ah / s;
    d.view.cx = vw >= d.w ? d.w / 2 : clamp(d.view.cx, vw / 2, d.w - vw / 2);
    d.view.cy = vh >= d.h ? d.h / 2 : clamp(d.view.cy, vh / 2, d.h - vh / 2);
    const r = (v: number) => Math.round(v * 100) / 100;
    d.svg.setAttribute('viewBox', `${r(d.view.cx - vw / 2)} ${r(d.view.cy - vh / 2)} ${r(vw)} ${r(vh)}`);
    root.classList.toggle('is-zoomed', d.view.z > 1.01);
  };
  const resetViewBox = (d: SlideData) => d.svg?.setAttribute('viewBox', `0 0 ${d.w} ${d.h}`);
  const animateTo = (d: SlideData, target: View) => {
    cancelAnimationFrame(anim);
    const from = { ...d.view };
    if (reduced) {
      d.view = target;
      apply(d);
      return;
    }
    const t0 = performance.now();
    const tick = (t: number) => {
      const k = clamp((t - t0) / 260, 0, 1);
      const e = 1 - (1 - k) ** 3;
      d.view = { z: from.z + (target.z - from.z) * e, cx: from.cx + (target.cx - from.cx) * e, cy: from.cy + (target.cy - from.cy) * e };
      apply(d);
      if (k < 1) anim = requestAnimationFrame(tick);
    };
    anim = requestAnimationFrame(tick);
  };
  /** Zoom by `factor` keeping the point under (px, py) (element pixels) still. */
  const zoomAt = (d: SlideData, factor: number, px?: number, py?: number, animate = false) => {
    if (!d.svg) return;
    const { aw, ah } = area(d);
    const f = fitScale(d, aw, ah);
    const s = f * d.view.z;
    const ux = px ?? aw / 2;
    const uy = py ?? ah / 2;
    const sx = d.view.cx - aw / (2 * s) + ux / s;
    const sy = d.view.cy - ah / (2 * s) + uy / s;
    const z = clamp(d.view.z * factor, 1, 16);
    const s2 = f * z;
    const target = { z, cx: sx - ux / s2 + aw / (2 * s2), cy: sy - uy / s2 + ah / (2 * s2) };
    if (animate) animateTo(d, target);
    else {
      d.view = target;
      apply(d);
    }
  };
  const fit = (d: SlideData) => animateTo(d, { z: 1, cx: d.w / 2, cy: d.h / 2 });
  const fitNow = (d: SlideData) => {
    cancelAnimationFrame(anim);
    d.view = { z: 1, cx: d.w / 2, cy: d.h / 2 };
    apply(d);
  };
  /** Tall charts: follow the current step at a readable size. */
  const follow = (d: SlideData, id: string) => {
    const g = d.nodes.get(id);
    if (!g || !d.svg) return;
    const b = g.getBBox();
    const { aw, ah } = area(d);
    const f = fitScale(d, aw, ah);
    let s = Math.max(f, Math.min(aw / d.w, ah / 450));
    s = Math.min(s, Math.max(f, (ah * 0.8) / b.height));
    animateTo(d, { z: s / f, cx: b.x + b.width / 2, cy: b.y + b.height / 2 });
  };

  // ---- Showing a position
  let remote = false;
  const render = (p: Pos, announce = true) => {
    const changed = p.slide !== shown;
    const old = shown >= 0 ? data[shown] : undefined;
    shown = p.slide;
    pos = p;
    const d = slide(p.slide);
    slideEls.forEach((el, i) => el.classList.toggle('is-current', i === p.slide));
    const steps = d.order.length;
    const revealed = new Set(d.order.slice(0, p.step));
    const current = p.step > 0 ? d.order[p.step - 1] : undefined;
    d.order.forEach((id, i) => {
      const g = d.nodes.get(id);
      g?.classList.toggle('is-future', i >= p.step);
      g?.classList.toggle('is-current', id === current);
      d.stepEls[i]?.classList.toggle('is-future', i >= p.step);
      d.stepEls[i]?.classList.toggle('is-current', i === p.step - 1);
    });
    if (steps)
      for (const e of d.edges) e.classList.toggle('is-future', !(revealed.has(e.dataset.from ?? '') && revealed.has(e.dataset.to ?? '')));
    d.el.classList.toggle('in-steps', steps > 0 && p.step > 0);
    if (current && root.classList.contains('notes-open')) d.stepEls[p.step - 1]?.scrollIntoView({ block: 'nearest' });
    d.el.classList.toggle('at-start', steps > 0 && p.step === 0);
    count.textContent = `${p.slide + 1} / ${slideEls.length}${steps ? ` · ${p.step}/${steps}` : ''}`;
    btn('prev').disabled = atStart(p);
    btn('next').disabled = atEnd(shape, p);
    if (changed) {
      if (old && old !== d) resetViewBox(old);
      fitNow(d);
    }
    if (current) follow(d, current);
    else if (!changed && steps) fit(d);
    const q = new URLSearchParams(location.search);
    q.delete('dari');
    if (!sp.isSpeaker) q.delete('tampilan');
    q.delete('slide');
    q.delete('langkah');
    const rest = q.toString();
    history.replaceState(history.state, '', `${location.pathname}${positionQuery(p)}${rest ? `&${rest}` : ''}`);
    if (announce) {
      const title = d.el.querySelector('.slide-title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const step = current ? d.stepEls[p.step - 1]?.querySelector('.step-body')?.textContent?.trim() : undefined;
      live.textContent = step ? `Langkah ${p.step} dari ${steps}: ${step}` : `Slide ${p.slide + 1} dari ${slideEls.length}: ${title}`;
    }
    if (changed || !remote) cite.close();
    sp.shown(p, !remote);
  };

  const go = (p: Pos) => {
    if (notice.childElementCount && (p.slide !== pos.slide || p.step !== pos.step)) notice.replaceChildren();
    render(p);
  };

  const start = (p: Pos) => {
    presenting = true;
    html.classList.add('presenting');
    root.classList.add('presenting');
    bar.hidden = false;
    render(p);
    root.focus({ preventScroll: true });
    wake();
  };
  const stop = () => {
    presenting = false;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    html.classList.remove('presenting');
    root.classList.remove('presenting', 'notes-open', 'is-zoomed', 'idle');
    bar.hidden = true;
    blank.hidden = true;
    for (const d of data) if (d) resetViewBox(d);
    shown = -1;
    const q = new URLSearchParams(location.search);
    for (const k of ['dari', 'slide', 'langkah', 'tampilan']) q.delete(k);
    q.set('tampilan', 'daftar');
    history.replaceState(history.state, '', `${location.pathname}?${q}#slide-${pos.slide + 1}`);
    const el = slideEls[pos.slide];
    el?.scrollIntoView({ block: 'start' });
    el?.querySelector<HTMLElement>('.slide-figure')?.focus({ preventScroll: true });
  };

  // ---- Theme, notes, full screen, blank
  const THEME_KEY = 'sk-presentasi-kontras';
  const setContrast = (on: boolean, save = true) => {
    html.classList.toggle('theme-hc', on);
    btn('contrast').setAttribute('aria-pressed', String(on));
    if (save)
      try {
        localStorage.setItem(THEME_KEY, on ? '1' : '0');
      } catch {
        /* private mode */
      }
  };
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(THEME_KEY);
  } catch {
    /* private mode */
  }
  setContrast(stored === null ? matchMedia('(prefers-contrast: more)').matches : stored === '1', false);
  const toggleNotes = () => {
    const on = root.classList.toggle('notes-open');
    btn('notes').setAttribute('aria-pressed', String(on));
    if (on && pos.step > 0) slide(pos.slide).stepEls[pos.step - 1]?.scrollIntoView({ block: 'nearest' });
  };
  const toggleFull = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void html.requestFullscreen?.().catch(() => {});
  };
  let fsExitAt = 0;
  document.addEventListener(
    'fullscreenchange',
    () => {
      const on = !!document.fullscreenElement;
      btn('full').setAttribute('aria-pressed', String(on));
      if (!on) fsExitAt = performance.now();
      requestAnimationFrame(() => {
        if (presenting) apply(slide(pos.slide));
      });
    },
    { signal },
  );
  const setBlank = (on: boolean, local = true) => {
    if (blank.hidden === !on) return;
    blank.hidden = !on;
    if (local) sp.blanked(on);
  };
  const toggleBlank = () => setBlank(blank.hidden);

  // ---- Citation panel and speaker view
  const cite = citePanel(root, base, signal);
  const words = slideEls.map((el) => ({
    title: el.querySelector('.slide-title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    steps: [...el.querySelectorAll('.slide-steps li[data-node] .step-body')].map((b) => b.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  }));
  const sp = speaker({
    root,
    shape,
    words,
    signal,
    follow: (p) => {
      const c = { slide: clamp(p.slide, 0, slideEls.length - 1), step: 0 };
      c.step = clamp(p.step, 0, shape[c.slide] ?? 0);
      if (c.slide === pos.slide && c.step === pos.step && presenting) return;
      remote = true;
      try {
        if (!presenting) start(c);
        else go(c);
      } finally {
        remote = false;
      }
    },
    blank: (on) => setBlank(on, false),
    notesOff: () => {
      if (root.classList.contains('notes-open')) toggleNotes();
    },
    position: () => ({ ...pos }),
    say: (m) => say([m]),
  });

  // Bar hides itself in full screen after a few seconds without the pointer.
  let idleTimer = 0;
  const wake = () => {
    root.classList.remove('idle');
    clearTimeout(idleTimer);
    idleTimer = window.setTimeout(() => {
      if (presenting && document.fullscreenElement) root.classList.add('idle');
    }, 3000);
  };
  root.addEventListener('pointermove', wake, { signal });

  // ---- Buttons
  const act = (name: string, el?: HTMLElement) => {
    const d = slide(pos.slide);
    switch (name) {
      case 'start':
        start(pos);
        break;
      case 'start-here':
        start({ slide: clamp(Number(el?.dataset.slide) - 1 || 0, 0, slideEls.length - 1), step: 0 });
        break;
      case 'print':
        window.print();
        break;
      case 'prev':
        go(prev(shape, pos));
        break;
      case 'next':
        go(next(shape, pos));
        break;
      case 'zoom-in':
        zoomAt(d, 1.4, undefined, undefined, true);
        break;
      case 'zoom-out':
        zoomAt(d, 1 / 1.4, undefined, undefined, true);
        break;
      case 'fit':
        fit(d);
        break;
      case 'notes':
        toggleNotes();
        break;
      case 'contrast':
        setContrast(!html.classList.contains('theme-hc'));
        break;
      case 'full':
        toggleFull();
        break;
      case 'speaker':
        sp.openWindow();
        break;
      case 'exit':
        stop();
        break;
    }
  };
  root.addEventListener(
    'click',
    (e) => {
      const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-cite]');
      if (link && presenting && root.contains(link) && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.button === 0) {
        e.preventDefault();
        void cite.open(link);
        return;
      }
      const el = (e.target as Element).closest<HTMLElement>('[data-act]');
      if (el && root.contains(el)) act(el.dataset.act!, el);
    },
    { signal },
  );
  for (const el of root.querySelectorAll<HTMLElement>('[data-act="start"], [data-act="print"], [data-act="start-here"]')) el.hidden = false;

  // ---- Keyboard and clicker
  let digits = '';
  let digitTimer = 0;
  document.addEventListener(
    'keydown',
    (e) => {
      if (!presenting || e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target as HTMLElement;
      if (t.closest('input, textarea, select, [contenteditable]')) return;
      const onControl = !!t.closest('button, a, summary');
      const d = slide(pos.slide);
      if (!blank.hidden && e.key !== 'b' && e.key !== 'B' && e.key !== '.') {
        setBlank(false);
        e.preventDefault();
        return;
      }
      if (/^[0-9]$/.test(e.key) && (digits || e.key !== '0')) {
        digits = (digits + e.key).slice(-3);
        count.textContent = `→ ${digits}`;
        clearTimeout(digitTimer);
        digitTimer = window.setTimeout(() => {
          digits = '';
          render(pos, false);
        }, 2000);
        e.preventDefault();
        return;
      }
      switch (e.key) {
        case 'Enter':
          if (digits) {
            const n = clamp(Number(digits), 1, slideEls.length);
            digits = '';
            go({ slide: n - 1, step: 0 });
            break;
          }
          if (onControl) return;
          go(next(shape, pos));
          break;
        case ' ':
        case 'Spacebar':
          if (onControl) return;
          go(e.shiftKey ? prev(shape, pos) : next(shape, pos));
          break;
        case 'ArrowRight':
        case 'PageDown':
          go(next(shape, pos));
          break;
        case 'ArrowLeft':
        case 'PageUp':
        case 'Backspace':
          go(prev(shape, pos));
          break;
        case 'ArrowDown':
          go(nextSlide(shape, pos));
          break;
        case 'ArrowUp':
          go(prevSlide(shape, pos));
          break;
        case 'Home':
          go(first());
          break;
        case 'End':
          go(last(shape));
          break;
        case 'f':
        case 'F':
          toggleFull();
          break;
        case 'c':
        case 'C':
          act('contrast');
          break;
        case 'n':
        case 'N':
          toggleNotes();
          break;
        case 's':
        case 'S':
          sp.openWindow();
          break;
        case 'b':
        case 'B':
        case '.':
          toggleBlank();
          break;
        case '+':
        case '=':
          zoomAt(d, 1.4, undefined, undefined, true);
          break;
        case '-':
        case '_':
          zoomAt(d, 1 / 1.4, undefined, undefined, true);
          break;
        case '0':
          fit(d);
          break;
        case 'Escape':
          if (cite.close()) break;
          if (document.fullscreenElement) {
            void document.exitFullscreen().catch(() => {});
            break;
          }
          if (performance.now() - fsExitAt < 600) break;
          if (root.classList.contains('notes-open')) {
            toggleNotes();
            break;
          }
          stop();
          break;
        default:
          return;
      }
      e.preventDefault();
    },
    { signal },
  );

  // ---- Pointer: wheel and pinch zoom, drag to pan, swipe to move on
  const pointers = new Map<number, { x: number; y: number }>();
  let gesture:
    { x: number; y: number; t: number; view: View; dist: number; mx: number; my: number; touch: boolean; onFigure: boolean } | undefined;
  const figureOf = (e: Event) => (e.target as Element).closest('.slide-figure');
  const slidesEl = $<HTMLElement>('.slides')!;
  slidesEl.addEventListener(
    'wheel',
    (e) => {
      if (!presenting || !figureOf(e)) return;
      const d = slide(pos.slide);
      const a = area(d);
      e.preventDefault();
      zoomAt(d, Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)), e.clientX - a.left, e.clientY - a.top);
    },
    { passive: false, signal },
  );
  slidesEl.addEventListener(
    'dblclick',
    (e) => {
      if (!presenting || !figureOf(e)) return;
      const d = slide(pos.slide);
      const a = area(d);
      if (d.view.z > 1.01) fit(d);
      else zoomAt(d, 2, e.clientX - a.left, e.clientY - a.top, true);
    },
    { signal },
  );
  slidesEl.addEventListener(
    'pointerdown',
    (e) => {
      if (!presenting || (e.pointerType === 'mouse' && e.button !== 0)) return;
      if ((e.target as Element).closest('a, button')) return;
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      const d = slide(pos.slide);
      const pts = [...pointers.values()];
      const a = d.svg ? area(d) : { left: 0, top: 0 };
      const mx = pts.reduce((s, p) => s + p.x, 0) / pts.length - a.left;
      const my = pts.reduce((s, p) => s + p.y, 0) / pts.length - a.top;
      const dist = pts.length > 1 ? Math.hypot(pts[0]!.x - pts[1]!.x, pts[0]!.y - pts[1]!.y) : 0;
      const onFigure = !!figureOf(e);
      gesture = {
        x: e.clientX,
        y: e.clientY,
        t: performance.now(),
        view: { ...d.view },
        dist,
        mx,
        my,
        touch: e.pointerType !== 'mouse',
        onFigure,
      };
      if (onFigure) slidesEl.setPointerCapture(e.pointerId);
    },
    { signal },
  );
  slidesEl.addEventListener(
    'pointermove',
    (e) => {
      if (!gesture || !pointers.has(e.pointerId)) return;
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      const d = slide(pos.slide);
      if (!d.svg) return;
      const { aw, ah } = area(d);
      const f = fitScale(d, aw, ah);
      const pts = [...pointers.values()];
      if (pts.length >= 2 && gesture.dist > 0) {
        const dist = Math.hypot(pts[0]!.x - pts[1]!.x, pts[0]!.y - pts[1]!.y);
        d.view = { ...gesture.view };
        zoomAt(d, dist / gesture.dist, gesture.mx, gesture.my);
        return;
      }
      const dx = e.clientX - gesture.x;
      const dy = e.clientY - gesture.y;
      if (gesture.view.z > 1.01 && gesture.onFigure) {
        const s = f * gesture.view.z;
        d.view = { z: gesture.view.z, cx: gesture.view.cx - dx / s, cy: gesture.view.cy - dy / s };
        apply(d);
        root.classList.add('is-dragging');
      }
    },
    { signal },
  );
  const end = (e: PointerEvent) => {
    if (!pointers.has(e.pointerId)) return;
    pointers.delete(e.pointerId);
    root.classList.remove('is-dragging');
    const g = gesture;
    if (pointers.size === 0) gesture = undefined;
    else if (g) {
      // One finger of a pinch lifted: go on panning from here.
      const [rest] = [...pointers.values()];
      gesture = { ...g, x: rest!.x, y: rest!.y, view: { ...slide(pos.slide).view }, dist: 0 };
      return;
    }
    if (!g || !g.touch || g.view.z > 1.01 || g.dist > 0 || e.type === 'pointercancel') return;
    const dx = e.clientX - g.x;
    const dy = e.clientY - g.y;
    if (Math.abs(dx) > 50 && Math.abs(dx) > 1.5 * Math.abs(dy) && performance.now() - g.t < 900)
      go(dx < 0 ? next(shape, pos) : prev(shape, pos));
  };
  slidesEl.addEventListener('pointerup', end, { signal });
  slidesEl.addEventListener('pointercancel', end, { signal });

  addEventListener(
    'resize',
    () => {
      if (presenting) apply(slide(pos.slide));
    },
    { signal },
  );
  addEventListener(
    'hashchange',
    () => {
      if (!presenting) return;
      const r = readPosition('', location.hash, shape);
      say(r.notices);
      render(r.pos);
    },
    { signal },
  );
  // Printing shows every slide whole, whatever the zoom.
  addEventListener(
    'beforeprint',
    () => {
      for (const d of data) if (d) resetViewBox(d);
    },
    { signal },
  );
  addEventListener(
    'afterprint',
    () => {
      if (presenting) apply(slide(pos.slide));
    },
    { signal },
  );

  if (sp.isSpeaker) {
    start(pos);
    if (!root.classList.contains('notes-open')) toggleNotes();
    btn('speaker')?.setAttribute('hidden', '');
  } else if (params.get('tampilan') === 'daftar') {
    if (params.has('slide') || location.hash) slideEls[pos.slide]?.scrollIntoView({ block: 'start' });
  } else {
    start(pos);
  }

  // ---- Offline: the service worker keeps this page and everything it loaded.
  if (opts.offline !== false && 'serviceWorker' in navigator && isSecureContext) {
    navigator.serviceWorker
      .register(`${base}sw-presentasi.js?v=${__SK_BUILD__}`, { scope: `${base}presentasi/` })
      .then(thisBuildsWorker)
      .then((worker) => {
        const same = (u: string) => {
          try {
            return new URL(u, location.href).origin === location.origin;
          } catch {
            return false;
          }
        };
        const loaded = performance.getEntriesByType('resource').map((r) => r.name);
        const links = [...document.querySelectorAll<HTMLAnchorElement>('a[download]')].map((a) => a.href);
        // The citation panel's words, one file per regulation cited on the slides.
        const quotes = [...new Set([...root.querySelectorAll<HTMLElement>('a[data-cite]')].map((a) => a.dataset.cite!.split('#')[0]!))]
          .filter(Boolean)
          .map((reg) => quoteUrl(base, reg));
        const urls = [
          ...new Set(
            [location.pathname, `${base}presentasi/`, ...loaded, ...links, ...quotes]
              .filter(same)
              .map((u) => new URL(u, location.href).pathname),
          ),
        ];
        const ch = new MessageChannel();
        ch.port1.onmessage = (ev: MessageEvent<{ ok?: boolean }>) => {
          if (!ev.data?.ok) return;
          root.dataset.offline = 'siap';
          for (const el of root.querySelectorAll<HTMLElement>('.deck-offline, .pres-offline')) el.hidden = false;
        };
        worker.postMessage({ type: 'simpan', urls }, [ch.port2]);
      })
      .catch(() => {
        /* no offline copy; the page works as it is */
      });
  }

  return {
    go: (p: Pos) => {
      if (!presenting) start(p);
      else go(p);
    },
    position: () => ({ ...pos }),
    destroy: () => {
      ac.abort();
      cancelAnimationFrame(anim);
      clearTimeout(idleTimer);
      clearTimeout(digitTimer);
    },
  };
}
