import { launch, serveDist } from '../test/browser/harness.ts';
const { server, url } = await serveDist();
const browser = await launch();
for (const [w, h] of [[360, 740], [1280, 800]] as const) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, isMobile: w < 400, hasTouch: w < 400, locale: 'id-ID' });
  const page = await ctx.newPage();
  await page.goto(`${url}/klaten/`);
  await page.fill('#cari-situs', 'siapa yg nunjuk ketua pokja');
  await page.press('#cari-situs', 'Enter');
  await page.waitForSelector('.cari[data-keadaan="siap"] .hasil');
  const box = await page.locator('.hasil').first().boundingBox();
  console.log(w, 'first result y', box?.y, 'h', box?.height, 'scrollY', await page.evaluate(() => scrollY));
  await page.screenshot({ path: `/tmp/s-cari-${w}.png` });
  await ctx.close();
}
await browser.close(); server.close();
