import { launch, serveDist } from '../test/browser/harness.ts';
const { server, url } = await serveDist();
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${url}/cari/`);
const qs = process.argv.slice(2);
const out = await page.evaluate(async (qs) => {
  const pf: any = await import('/pagefind/pagefind.js');
  await pf.options({ baseUrl: '/', noWorker: true, ranking: { metaWeights: { title: 1 } } });
  const res: string[] = [];
  for (const q of qs) {
    const r = await pf.search(q);
    res.push(`== ${q}: ${r.results.length}`);
    let i=0; for (const x of r.results) { i++; const d = await x.data(); if (i<=3 || /(gambar-20|pasal-16__ayat-3|pasal-3__ayat-1|gambar-12)$/.test(d.url)) res.push(`${i} ${x.score.toFixed(3)} ${d.url} ${d.word_count} ${JSON.stringify(x.words ?? '')}`); }
  }
  return res;
}, qs);
console.log(out.join('\n'));
await browser.close(); server.close();
