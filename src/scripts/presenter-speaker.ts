/**
 * Speaker view: the same deck page opened with ?tampilan=pembicara in a
 * second window shows the current slide with our notes always open, what the
 * next press brings, and the elapsed time (with reset). Both windows follow
 * each other over a BroadcastChannel named after the deck: navigation or the
 * black screen in either moves the other. The audience window closes its
 * notes when a speaker view joins. Offline it works like the deck page (same
 * address, so the same cached copy).
 */
import { channelName, formatElapsed, nextLabel, readMessage, type SlideWords, type SyncMessage } from '../lib/decks/speaker.ts';
import type { Pos, Shape } from '../lib/decks/nav.ts';

export interface SpeakerHost {
  root: HTMLElement;
  shape: Shape;
  words: SlideWords[];
  signal: AbortSignal;
  /** Moves to a position without sending it back. */
  follow(p: Pos): void;
  /** Sets the black screen without sending it back. */
  blank(on: boolean): void;
  /** The audience window: closes its notes. */
  notesOff(): void;
  position(): Pos;
  say(msg: string): void;
}

export interface Speaker {
  /** This window is the speaker view. */
  readonly isSpeaker: boolean;
  /** A position was shown: updates "next", and tells the other window when the move was made here. */
  shown(p: Pos, local: boolean): void;
  blanked(on: boolean): void;
  /** Opens the speaker view in a second window. */
  openWindow(): void;
}

export const SPEAKER_PARAM = 'pembicara';

export function speaker(host: SpeakerHost): Speaker {
  const { root, signal } = host;
  const isSpeaker = new URLSearchParams(location.search).get('tampilan') === SPEAKER_PARAM;
  const deck = root.dataset.deck ?? location.pathname;
  const ch = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName(deck)) : undefined;
  const post = (m: SyncMessage) => ch?.postMessage(m);
  let timerEl: HTMLElement | undefined;
  let nextEl: HTMLElement | undefined;
  let started = Date.now();
  let tick = 0;

  if (ch) {
    ch.onmessage = (ev: MessageEvent) => {
      const m = readMessage(ev.data);
      if (!m) return;
      if (m.type === 'pos') host.follow({ slide: m.slide, step: m.step });
      else if (m.type === 'blank') host.blank(m.on);
      else if (m.type === 'hello' && !isSpeaker) {
        host.notesOff();
        root.classList.add('has-speaker');
        const p = host.position();
        post({ type: 'pos', slide: p.slide, step: p.step });
      } else if (m.type === 'bye' && !isSpeaker) root.classList.remove('has-speaker');
    };
    signal.addEventListener('abort', () => {
      if (isSpeaker) post({ type: 'bye' });
      ch.close();
    });
  }

  const update = (p: Pos) => {
    if (nextEl) nextEl.textContent = nextLabel(host.shape, p, host.words);
  };

  if (isSpeaker) {
    root.classList.add('is-speaker');
    const panel = document.createElement('div');
    panel.className = 'speaker-panel';
    const label = Object.assign(document.createElement('p'), { className: 'speaker-label', textContent: 'Tampilan pembicara' });
    const time = document.createElement('p');
    time.className = 'speaker-time';
    time.append('Waktu berjalan ');
    timerEl = Object.assign(document.createElement('strong'), { className: 'speaker-elapsed', textContent: '0:00' });
    time.append(timerEl);
    const reset = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'speaker-reset',
      textContent: 'Ulang waktu',
    });
    reset.addEventListener(
      'click',
      () => {
        started = Date.now();
        timerEl!.textContent = formatElapsed(0);
      },
      { signal },
    );
    time.append(' ', reset);
    const nx = document.createElement('p');
    nx.className = 'speaker-next';
    nx.append(Object.assign(document.createElement('strong'), { textContent: 'Berikutnya: ' }));
    nextEl = document.createElement('span');
    nextEl.className = 'speaker-next-text';
    nx.append(nextEl);
    panel.append(label, time, nx);
    root.prepend(panel);
    tick = window.setInterval(() => {
      timerEl!.textContent = formatElapsed(Date.now() - started);
    }, 1000);
    signal.addEventListener('abort', () => clearInterval(tick));
    document.title = `Pembicara · ${document.title}`;
    post({ type: 'hello' });
    addEventListener('pagehide', () => post({ type: 'bye' }), { signal });
  }

  return {
    isSpeaker,
    shown(p, local) {
      update(p);
      if (local) post({ type: 'pos', slide: p.slide, step: p.step });
    },
    blanked(on) {
      post({ type: 'blank', on });
    },
    openWindow() {
      if (isSpeaker) return;
      const u = new URL(location.href);
      u.hash = '';
      u.searchParams.set('tampilan', SPEAKER_PARAM);
      const w = window.open(u.href, `sk-pembicara-${deck}`, 'popup,width=1200,height=760');
      if (!w) host.say('Jendela pembicara diblokir oleh peramban. Izinkan jendela sembulan (pop-up) untuk situs ini, lalu tekan S lagi.');
      host.notesOff();
    },
  };
}
