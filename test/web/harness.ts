// Browser tests: the real server over a fresh embedded database with the demo data, driven in Debian's
// Chromium by playwright-core. Screenshots go to test-output/.
import { existsSync, mkdirSync } from 'node:fs';
import type { TestContext } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp } from '../../src/api/app.ts';
import { WEB_DIST } from '../../src/api/routes/home.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { loadDemo } from '../../src/services/demo.ts';
import { addUser } from '../../src/services/users.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = new URL('../../test-output/', import.meta.url);

/** Skip reason when the browser or the built web app is missing, or false. */
export const browserSkip: string | false = !existsSync(CHROMIUM)
  ? `no Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium package)`
  : !existsSync(`${WEB_DIST}index.html`) ? 'the web app is not built (npm run build:web)' : false;

export interface Site { url: string; db: Database; browser: Browser; close: () => Promise<void> }

/** Starts the server on a free port over a fresh database holding the demo data, and a browser. */
export async function startSite(): Promise<Site> {
  const db = openDatabase({ dataDir: 'memory://' });
  await migrateDatabase(db);
  await loadDemo(db);
  const app = await buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-gpu'],
  });
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      await db.close();
    },
  };
}

/** A new page that records console errors and failed requests; `check()` asserts there were none. */
export async function openPage(t: TestContext, site: Site, { width = 1366, height = 768 } = {}) {
  const context = await site.browser.newContext({ viewport: { width, height }, locale: 'ru-RU' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  t.after(() => context.close());
  return {
    page,
    /** Console errors so far, minus those the test expects (an API answer of 4xx that the page shows). */
    consoleErrors: (allowed: RegExp[] = []) => problems.filter((p) => !allowed.some((a) => a.test(p))),
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: false });
}

export const TEST_PASSWORD = 'browser test password';

export async function makeAccount(site: Site, overrides: Record<string, unknown>) {
  return addUser(site.db, { password: TEST_PASSWORD, ...overrides });
}

/** Signs in through the sign-in page. */
export async function signInThroughUi(page: Page, site: Site, email: string): Promise<void> {
  await page.goto(`${site.url}/sign-in`);
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(TEST_PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
