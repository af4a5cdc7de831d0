// Saves the README's screenshot of the map page (1366x768, English) to docs/screenshots/map.png.
//   npm run build:web && node --import tsx bench/screenshot-map.ts [LANG]
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { browserSkip, startSite } from '../test/web/harness.ts';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const lang = process.argv[2] ?? 'en';

if (browserSkip) throw new Error(`cannot take the screenshot: ${browserSkip}`);
const site = await startSite();
try {
  const context = await site.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(`${site.url}/?lang=${lang}`);
  await page.getByTestId('cluster-marker').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: `${OUT}map.png` });
  console.log(`saved ${OUT}map.png`);
  await context.close();
} finally {
  await site.close();
}
