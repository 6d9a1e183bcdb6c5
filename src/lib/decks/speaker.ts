/**
 * The speaker view's pure parts, shared by the browser script and the tests:
 * the messages the audience and speaker windows exchange over a
 * BroadcastChannel, what comes next, and the elapsed time. No DOM here.
 */
import { next, type Pos, type Shape } from './nav.ts';

/** The channel both windows of one deck open: the deck id (a session page gives its own id). */
export const channelName = (deck: string) => `sk-presentasi:${deck}`;

export type SyncMessage =
  | { type: 'pos'; slide: number; step: number }
  | { type: 'blank'; on: boolean }
  /** The speaker window opened: the audience answers with its position and closes its notes. */
  | { type: 'hello' }
  | { type: 'bye' };

/** A message from the channel, checked (anything else is ignored). */
export function readMessage(data: unknown): SyncMessage | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'pos':
      return Number.isInteger(m.slide) && Number.isInteger(m.step) && (m.slide as number) >= 0 && (m.step as number) >= 0
        ? { type: 'pos', slide: m.slide as number, step: m.step as number }
        : undefined;
    case 'blank':
      return typeof m.on === 'boolean' ? { type: 'blank', on: m.on } : undefined;
    case 'hello':
    case 'bye':
      return { type: m.type };
    default:
      return undefined;
  }
}

export interface SlideWords {
  title: string;
  /** The words of each step, in order. */
  steps: string[];
}

/** What the next press of → shows: the next step of this slide, the next slide, or the end. */
export function nextLabel(shape: Shape, p: Pos, slides: readonly SlideWords[]): string {
  const n = next(shape, p);
  if (n.slide === p.slide && n.step === p.step) return 'Akhir presentasi.';
  if (n.slide === p.slide) return `Langkah ${n.step} dari ${shape[p.slide]}: ${slides[p.slide]?.steps[n.step - 1] ?? ''}`.trim();
  return `Slide ${n.slide + 1} dari ${shape.length}: ${slides[n.slide]?.title ?? ''}`.trim();
}

/** "4:05", "1:02:09". */
export function formatElapsed(ms: number): string {
  const t = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = t % 60;
  const two = (v: number) => String(v).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
