/**
 * Main-thread benchmark (`npm run bench:main-thread`): loads pages of a built
 * site in Chromium at a phone's viewport (412x823, like Lighthouse's mobile
 * profile), records a performance trace and prints, per page, the median
 * over --runs loads of the renderer main thread's work: its long tasks and
 * where their time goes (HTML parsing, style, layout, paint, script).
 *
 *   node scripts/bench-main-thread.ts [--runs=<n>] [--dist=<dir>...] <path> [<path>...]
 *
 * Several --dist (e.g. a build before and after a change) are measured in
 * turn, run by run, so that they share the machine's conditions.
 *
 * Lighthouse simulates total blocking time from the wall time of each task,
 * times four (its mobile CPU slowdown), so on a busy machine it measures the
 * machine. The thread time printed here is what the page itself costs: a
 * task of t ms thread time blocks about 4t - 50 ms in Lighthouse's mobile
 * profile when 4t is over 50 ms, 2t for a task that did layout ("TBT at 4x"
 * below: every task from the first HTML parse, since Lighthouse's simulated
 * first paint can come before the first paint's own task ends; tasks under
 * 10 ms wall time left out, as Lighthouse does). VERBOSE=1 lists the tasks. Run under `nice -n 19` on a shared
 * machine; compare before/after in the same conditions.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../test/browser/harness.ts';
import { serveSite } from '../test/gate/server.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; beginData?: { url?: string }; data?: { url?: string } };
}

interface Task {
  start: number;
  wall: number;
  thread: number;
  parts: Record<string, number>;
  /** Lighthouse's simulation slows a task that did layout by 2, any other by 4. */
  layout: boolean;
}

const GROUPS: Record<string, string> = {
  ParseHTML: 'html',
  ParseAuthorStyleSheet: 'css',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  'v8.evaluateModule': 'script',
  EvaluateScript: 'script',
  FunctionCall: 'script',
  EventDispatch: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  MajorGC: 'gc',
  MinorGC: 'gc',
};

/** Top-level tasks of the renderer main thread that parsed `url`, with thread time per group. */
export function mainThreadTasks(events: TraceEvent[], url: string): { tasks: Task[]; fcp: number | undefined; parseStart: number } {
  const threads = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const origin = new URL(url).origin;
  const parse =
    events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url) ??
    events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(origin));
  if (!parse) throw new Error(`tidak ada ParseHTML untuk ${url} dalam jejak`);
  const key = `${parse.pid}:${parse.tid}`;
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && e.dur !== undefined);
  const top = mine.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const fcpEvent = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === parse.pid);
  const tasks: Task[] = [];
  let last = -1;
  for (const t of top.sort((a, b) => a.ts - b.ts)) {
    if (t.ts < last) continue; // nested RunTask
    last = t.ts + t.dur!;
    const parts: Record<string, number> = {};
    // Nested events of the same group are counted once: only the outermost of each group.
    const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && GROUPS[e.name]);
    const ends: Record<string, number> = {};
    for (const e of inside.sort((a, b) => a.ts - b.ts)) {
      const g = GROUPS[e.name]!;
      if ((ends[g] ?? -1) > e.ts) continue;
      ends[g] = e.ts + e.dur!;
      parts[g] = (parts[g] ?? 0) + (e.tdur ?? e.dur!) / 1000;
    }
    const layout = inside.some((e) => e.name === 'Layout');
    tasks.push({ start: t.ts, wall: t.dur! / 1000, thread: (t.tdur ?? t.dur!) / 1000, parts, layout });
  }
  return { tasks, fcp: fcpEvent?.ts, parseStart: parse.ts };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;
const fmt = (n: number) => n.toFixed(1);

interface Row {
  total: number;
  longest: number;
  tbt4: number;
  parts: Record<string, number>;
  wallLongest: number;
  list: string;
}

async function measure(browser: Browser, url0: string): Promise<Row> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', '__metadata', 'toplevel'],
  });
  await page.goto(url0, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const url = page.url();
  const buf = await browser.stopTracing();
  await context.close();
  const trace = JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] };
  const { tasks, fcp, parseStart } = mainThreadTasks(trace.traceEvents, url);
  const total = tasks.reduce((s, t) => s + t.thread, 0);
  // Lighthouse's simulated first paint comes before the simulated end of the first paint's own task, so
  // every task from the first HTML parse on is counted (an upper bound of its total blocking time).
  // Lighthouse leaves tasks under 10 ms (wall) out of its simulation.
  const counted = tasks.filter((t) => t.start >= parseStart && t.wall >= 10);
  const tbt4 = counted.reduce((s, t) => s + Math.max(0, (t.layout ? 2 : 4) * t.thread - 50), 0);
  const longestTask = tasks.reduce((a, b) => (b.thread > a.thread ? b : a), tasks[0]!);
  const list = tasks
    .filter((t) => t.thread >= 3)
    .map(
      (t) =>
        `${fcp !== undefined && t.start + t.wall * 1000 > fcp ? '' : '(ends before FCP) '}${fmt(t.thread)}${t.layout ? 'L' : ''}: ${Object.entries(
          t.parts,
        )
          .map(([k, v]) => `${k} ${fmt(v)}`)
          .join(' ')}`,
    )
    .join(' | ');
  return { total, longest: longestTask.thread, tbt4, parts: longestTask.parts, wallLongest: Math.max(...tasks.map((t) => t.wall)), list };
}

if (import.meta.main) {
  let runs = 5;
  const dists: string[] = [];
  const paths: string[] = [];
  for (const a of process.argv.slice(2)) {
    if (a.startsWith('--runs=')) runs = Number(a.slice(7));
    else if (a.startsWith('--dist=')) dists.push(resolve(a.slice(7)));
    else paths.push(a);
  }
  if (!dists.length) dists.push(resolve(process.env.SITE_DIST ?? 'dist'));
  if (!paths.length) {
    console.error('Pemakaian: node scripts/bench-main-thread.ts [--runs=<n>] [--dist=<direktori>...] <path> [<path>...]');
    process.exit(2);
  }
  const sites = await Promise.all(dists.map((d) => serveSite(d)));
  const browser = await launch();
  try {
    console.log(`load average at start: ${loadavg().map(fmt).join(', ')}`);
    for (const path of paths) {
      // Several builds are measured in turn, run by run, so that they share the machine's conditions.
      const rows: Row[][] = dists.map(() => []);
      for (let i = 0; i < runs; i++)
        for (const [d, site] of sites.entries()) {
          // Now and then a trace misses the page's parsing (the tracing started late): that load is measured again.
          let row: Row | undefined;
          for (let attempt = 0; !row; attempt++)
            row = await measure(browser, `${site.url}${path}`).catch((e: unknown) => {
              if (attempt >= 2) throw e;
              return undefined;
            });
          rows[d]!.push(row);
        }
      for (const [d, rs] of rows.entries()) {
        const mid = [...rs].sort((a, b) => a.tbt4 - b.tbt4 || a.longest - b.longest)[Math.floor((rs.length - 1) / 2)]!;
        console.log(
          `${dists.length > 1 ? `[${dists[d]}] ` : ''}${path}: thread time ${fmt(median(rs.map((r) => r.total)))} ms, longest task ${fmt(median(rs.map((r) => r.longest)))} ms ` +
            `(median run: ${Object.entries(mid.parts)
              .map(([k, v]) => `${k} ${fmt(v)}`)
              .join(', ')}), TBT at 4x ${fmt(median(rs.map((r) => r.tbt4)))} ms [runs: ${rs.map((r) => fmt(r.tbt4)).join(' ')}], ` +
            `longest wall ${fmt(median(rs.map((r) => r.wallLongest)))} ms`,
        );
        if (process.env.VERBOSE) console.log(`  tasks of 3 ms or more (thread time; L: did layout): ${mid.list}`);
      }
    }
    console.log(`load average at end: ${loadavg().map(fmt).join(', ')}`);
  } finally {
    await browser.close();
    await Promise.all(sites.map((s) => s.close()));
  }
}
