// Web app benchmark (`npm run bench:web`): the size of the main bundle (gzip) and the map page's time to
// first render in headless Chromium, against the targets (500 kB, 2 s) and bench/web-baseline.json.
// Builds the web app only when web/dist is missing. Exit code 0 whatever the figures; 1 only on a crash.
//   BENCH_WEB_LOADS=5   number of measured page loads (after one warm-up load)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const DIST = join(ROOT, 'web/dist');
const ASSETS = join(DIST, 'assets');
const LOADS = Number(process.env.BENCH_WEB_LOADS ?? 5);
const TARGET_KB = 500;
const TARGET_MS = 2000;
const MARKER = '[data-testid="cluster-marker"]';

interface Baseline { main_bundle_gzip_kb: number; map_first_render_ms: number }

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const verdict = (value: number, limit: number) => `${value <= limit ? 'PASS' : 'FAIL'} (${(value / limit).toFixed(2)}x)`;

// --- bundle -------------------------------------------------------------------------------------------

interface Asset { file: string; raw: number; gzip: number }

const assetCache = new Map<string, Asset>();
function asset(file: string): Asset {
  let found = assetCache.get(file);
  if (!found) {
    const bytes = readFileSync(join(ASSETS, file));
    found = { file, raw: bytes.length, gzip: gzipSync(bytes).length };
    assetCache.set(file, found);
  }
  return found;
}
const sum = (assets: Asset[], key: 'raw' | 'gzip') => assets.reduce((total, a) => total + a[key], 0);

/** The chunks a JS chunk imports statically (`import ... from"./x.js"`), recursively, itself first. */
function staticClosure(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(join(ASSETS, file), 'utf8');
  const imports = [...code.matchAll(/\bimport\s*(?:[^"'()]*?\bfrom\s*)?["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]!);
  return [file, ...imports.flatMap((f) => staticClosure(f, seen))];
}

function measureBundle() {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.log('web/dist is missing: running npm run build:web');
    const built = spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build:web failed');
  }
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/assets\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in web/dist/index.html');
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/assets\/([^"]+)"/g)].map((m) => m[1]!);
  const mainJs = staticClosure(entry);
  const main = [...mainJs, ...css].map(asset);
  const mainSet = new Set(main.map((a) => a.file));

  const files = readdirSync(ASSETS).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  const mapChunks = files.filter((f) => /^map-[\w-]+\.js$/.test(f));
  const mapView = [...new Set([...mapChunks.flatMap((f) => staticClosure(f)), ...files.filter((f) => /^map-[\w-]+\.css$/.test(f))])]
    .filter((f) => !mainSet.has(f))
    .map(asset);
  const all = files.map(asset);
  const heavy = mapView.filter((a) => /echarts|zrender|maplibre/i.test(a.file));
  return {
    entry: asset(entry),
    css: css.map(asset),
    mainJs: mainJs.map(asset),
    mainGzip: sum(main, 'gzip'),
    mainRaw: sum(main, 'raw'),
    mapView,
    mapViewGzip: sum(mapView, 'gzip'),
    heavy,
    allCount: all.length,
    allGzip: sum(all, 'gzip'),
    allRaw: sum(all, 'raw'),
  };
}

// --- first render ---------------------------------------------------------------------------------------

interface Load { wallMs: number; markersMs: number; responseEndMs: number; domContentLoadedMs: number; loadMs: number; fcpMs: number | null; markers: number }

async function measureRender() {
  const { startSite, CHROMIUM } = await import('../test/web/harness.ts');
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` } as const;
  const site = await startSite();
  try {
    const loadOnce = async (): Promise<Load> => {
      // A fresh context per load: empty cache, no stored language.
      const context = await site.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
      try {
        const page = await context.newPage();
        // Time (since navigation start) when the first marker enters the DOM.
        await page.addInitScript((selector: string) => {
          const w = window as unknown as { __markersAt?: number };
          const observer = new MutationObserver(() => {
            if (w.__markersAt === undefined && document.querySelector(selector)) {
              w.__markersAt = performance.now();
              observer.disconnect();
            }
          });
          observer.observe(document, { childList: true, subtree: true });
        }, MARKER);
        const started = performance.now();
        await page.goto(`${site.url}/`, { waitUntil: 'commit' });
        await page.waitForSelector(MARKER, { timeout: 30_000 });
        const wallMs = performance.now() - started;
        await page.waitForLoadState('load');
        const timing = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          return {
            markersMs: (window as unknown as { __markersAt: number }).__markersAt,
            responseEndMs: nav.responseEnd,
            domContentLoadedMs: nav.domContentLoadedEventEnd,
            loadMs: nav.loadEventEnd,
            fcpMs: fcp ? fcp.startTime : null,
            markers: document.querySelectorAll('[data-testid="cluster-marker"]').length,
          };
        });
        return { wallMs, ...timing };
      } finally {
        await context.close();
      }
    };
    const warmUp = await loadOnce();
    const loads: Load[] = [];
    for (let i = 0; i < LOADS; i++) loads.push(await loadOnce());
    return { browser: site.browser.version(), warmUp, loads };
  } finally {
    await site.close();
  }
}

// --- report ---------------------------------------------------------------------------------------------

function commit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'web/src'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head}+modified-web` : head;
  } catch {
    return null;
  }
}

async function main() {
  const baseline = JSON.parse(readFileSync(join(BENCH, 'web-baseline.json'), 'utf8')) as Baseline;
  console.log(`web app benchmark: commit ${commit() ?? '(unknown)'}, node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model ?? '?'})`);

  const bundle = measureBundle();
  console.log('\nbundle (web/dist, gzip = node:zlib gzipSync at its default level; 1 kB = 1000 bytes)');
  console.log(`  entry chunk ${bundle.entry.file}: ${kB(bundle.entry.gzip)} gzip (${kB(bundle.entry.raw)} raw)`);
  console.log(`  + its CSS (${bundle.css.map((c) => c.file).join(', ')}): ${kB(sum(bundle.css, 'gzip'))} gzip`);
  console.log(`  + chunks the entry imports statically (${bundle.mainJs.length - 1}): ${kB(sum(bundle.mainJs, 'gzip') - bundle.entry.gzip)} gzip`);
  console.log(`  main bundle (all of the above, what every page loads first): ${kB(bundle.mainGzip)} gzip (${kB(bundle.mainRaw)} raw)`);
  console.log(`  map view, loaded on demand (${bundle.mapView.map((a) => a.file).join(', ')}): ${kB(bundle.mapViewGzip)} gzip`);
  console.log(`  heavy libraries in the map view (ECharts, MapLibre): ${bundle.heavy.length === 0 ? 'none' : bundle.heavy.map((a) => a.file).join(', ')}`);
  console.log(`  all chunks: ${bundle.allCount} files, ${kB(bundle.allGzip)} gzip (${kB(bundle.allRaw)} raw)`);
  const mainKb = bundle.mainGzip / 1000;
  console.log(`  vs target ${TARGET_KB} kB:   ${verdict(mainKb, TARGET_KB)}`);
  console.log(`  vs baseline ${baseline.main_bundle_gzip_kb} kB: ${verdict(mainKb, baseline.main_bundle_gzip_kb)}`);

  const render = await measureRender();
  let renderMs: number | null = null;
  if ('skipped' in render) {
    console.log(`\nmap page first render: skipped, ${render.skipped}`);
  } else {
    const pick = (key: keyof Load) => median(render.loads.map((l) => l[key] ?? Number.NaN));
    renderMs = pick('markersMs');
    const spread = render.loads.map((l) => l.markersMs);
    console.log(`\nmap page first render (headless Chromium ${render.browser}, 1366x768, server in-process on memory PGlite + demo)`);
    console.log(`  ${render.loads.length} fresh page loads after one warm-up (warm-up: ${render.warmUp.markersMs.toFixed(0)} ms), medians:`);
    console.log(`  navigation start -> cluster markers present: ${renderMs.toFixed(0)} ms (min ${Math.min(...spread).toFixed(0)}, max ${Math.max(...spread).toFixed(0)}; ${render.loads[0]!.markers} markers)`);
    console.log(`  as seen from Node (goto -> waitForSelector): ${pick('wallMs').toFixed(0)} ms`);
    console.log(`  navigation timing: responseEnd ${pick('responseEndMs').toFixed(0)} ms, first contentful paint ${pick('fcpMs').toFixed(0)} ms, DOMContentLoaded ${pick('domContentLoadedMs').toFixed(0)} ms, load ${pick('loadMs').toFixed(0)} ms`);
    console.log(`  vs target ${TARGET_MS} ms:   ${verdict(renderMs, TARGET_MS)}`);
    console.log(`  vs baseline ${baseline.map_first_render_ms} ms: ${verdict(renderMs, baseline.map_first_render_ms)}`);
  }

  mkdirSync(join(BENCH, 'out'), { recursive: true });
  const result = {
    date: new Date().toISOString(), commit: commit(), node: process.version, cpus: cpus().length,
    bundle: { entry: bundle.entry, css: bundle.css, mainGzipBytes: bundle.mainGzip, mapViewGzipBytes: bundle.mapViewGzip, allGzipBytes: bundle.allGzip, allRawBytes: bundle.allRaw },
    render,
  };
  writeFileSync(join(BENCH, 'out/web-result.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log('\nsummary');
  console.log(`  main bundle ${kB(bundle.mainGzip)} gzip: ${verdict(mainKb, TARGET_KB)} against ${TARGET_KB} kB`);
  console.log(`  map first render ${renderMs === null ? 'not measured' : `${renderMs.toFixed(0)} ms: ${verdict(renderMs, TARGET_MS)} against ${TARGET_MS} ms`}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
