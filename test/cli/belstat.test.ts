// `cluster-atlas belstat-convert` and `cluster-atlas fetch belstat` as users run them: a real process and real
// files; the fetch goes to a local node:http server standing in for the Belstat portal. Neither opens the database.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseDimensions, parseYears } from '../../src/cli/commands/belstat.ts';
import { ValidationError } from '../../src/services/errors.ts';
import { cli } from '../helpers/cli.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/belstat/', import.meta.url));
const IPI = join(FIXTURES, 'belstat_ipi_region_x_oked_2021_2025.json');
const BIN = fileURLToPath(new URL('../../bin/cluster-atlas.js', import.meta.url));
const csvLines = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split('\n');

/** Like helpers/cli.ts, but without blocking: the local server of this process must be able to answer. */
function cliAsync(dataDir: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('cluster-atlas belstat-convert', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-belstat-'));
  const dataDir = join(dir, 'state');

  test('converts a saved response to the long CSV, warns about г. Жодино and prints a summary', () => {
    const out = join(dir, 'ipi.csv');
    const result = cli(dataDir, 'belstat-convert', '--input', IPI, '--out', out, '--indicator', '10206000003');
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, `belstat 10206000003: 40 records, 16 missing, 7 of 8 territories resolved -> ${out}\n`);
    assert.match(result.stderr, /^warning: tableRows\[7\]\[0\]: territory "г\. Жодино"/);
    const lines = csvLines(out);
    assert.equal(lines[0], 'indicator,territory_id,territory,level,activity_code,activity,year,value');
    assert.equal(lines.length, 41);
    assert.ok(lines.includes('10206000003,r-minski,Минский,2,B-E,Промышленность,2021,102'));
    assert.ok(lines.includes('10206000003,BY-HM,г. Минск,1,B-E,Промышленность,2025,96'));
    assert.ok(lines.includes('10206000003,BY-MI,Минская область,1,B-E,Промышленность,2022,84.6'));
    assert.ok(lines.includes('10206000003,r-smalavicki,Смолевичский,2,B-E,Промышленность,2023,'));
    assert.equal(existsSync(dataDir), false, 'the database was not opened');
  });

  test('--money divides the old-rouble years; the indicator defaults to a code in the file name', () => {
    const input = join(dir, 'wages_10218000003.json');
    writeFileSync(input, readFileSync(join(FIXTURES, 'money_old_roubles.json')));
    const out = join(dir, 'wages.csv');
    const result = cli(dataDir, 'belstat-convert', '--input', input, '--out', out, '--money');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^belstat 10218000003: 6 records, 1 missing, 2 of 2 territories resolved, money in new roubles/);
    assert.deepEqual(csvLines(out).slice(1), [
      '10218000003,BY,Республика Беларусь,0,,,2014,123.4567',
      '10218000003,BY,Республика Беларусь,0,,,2015,715.27',
      '10218000003,BY,Республика Беларусь,0,,,2016,722.9',
      '10218000003,BY-BR,Брестская область,1,,,2014,598.76543',
      '10218000003,BY-BR,Брестская область,1,,,2015,',
      '10218000003,BY-BR,Брестская область,1,,,2016,650.1',
    ]);
  });

  test('bad input exits 2 naming the file and the JSON path, and writes nothing', () => {
    const badDir = mkdtempSync(join(dir, 'bad-'));
    const out = join(badDir, 'out.csv');
    const number = cli(dataDir, 'belstat-convert', '--input', join(FIXTURES, 'malformed_number.json'), '--out', out);
    assert.equal(number.code, 2);
    assert.match(number.stderr, /malformed_number\.json: tableRows\[1\]\[3\]: "n\/a" is not a number/);

    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{"tableRows": [');
    const parse = cli(dataDir, 'belstat-convert', '--input', notJson, '--out', out);
    assert.equal(parse.code, 2);
    assert.match(parse.stderr, /not\.json: not JSON/);
    const missing = cli(dataDir, 'belstat-convert', '--input', join(dir, 'nope.json'), '--out', out);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json: no such file/);
    assert.deepEqual(readdirSync(badDir), [], 'no output and no temporary file');
  });
});

describe('fetch belstat option parsing', () => {
  test('--years takes a range, a year or a list, and defaults to the five years before the current one', () => {
    assert.deepEqual(parseYears('2021-2025'), [2021, 2022, 2023, 2024, 2025]);
    assert.deepEqual(parseYears('2024'), [2024]);
    assert.deepEqual(parseYears('2019, 2021-2022'), [2019, 2021, 2022]);
    assert.deepEqual(parseYears(undefined, new Date(2026, 2, 1)), [2021, 2022, 2023, 2024, 2025]);
    assert.throws(() => parseYears('2025-2021'), (e: unknown) => e instanceof ValidationError && e.message === '--years 2025-2021: the range 2025-2021 runs backwards');
    assert.throws(() => parseYears('last'), /--years last: expected a year range/);
  });

  test('--dimension takes CODE=NODE,NODE, repeated in order', () => {
    assert.deepEqual(parseDimensions(['razrez_594=699961, 919070', 'priznak_10261=1820', 'razrez_182=']),
      { razrez_594: ['699961', '919070'], priznak_10261: ['1820'], razrez_182: [] });
    assert.deepEqual(Object.keys(parseDimensions(['b=1', 'a=2'])), ['b', 'a']);
    assert.throws(() => parseDimensions(['razrez_594']), /--dimension razrez_594: expected CODE=NODE,NODE/);
  });
});

describe('cluster-atlas fetch belstat', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-belstat-fetch-'));
  const dataDir = join(dir, 'state');
  const bodies: unknown[] = [];
  let server: Server;
  let baseUrl: string;
  let answer = readFileSync(IPI, 'utf8');

  before(async () => {
    server = createServer((req, res) => {
      let text = '';
      req.setEncoding('utf8').on('data', (d: string) => { text += d; });
      req.on('end', () => {
        bodies.push(JSON.parse(text));
        if (req.method === 'POST' && req.url === '/api/indicatorValuesSearch') res.writeHead(200, { 'content-type': 'application/json' }).end(answer);
        else res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('writes the raw response next to the long CSV, after sending the filter asked for', async () => {
    const out = join(dir, 'ipi.csv');
    const result = await cliAsync(dataDir, 'fetch', 'belstat', '--indicator', '10206000003', '--years', '2021-2025', '--out', out,
      '--base-url', baseUrl, '--units', '208', '--dimension', 'razrez_594=699961,919070', '--dimension', 'priznak_10261=1820');
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, `belstat 10206000003: 40 records, 16 missing, 7 of 8 territories resolved -> ${out}, ${join(dir, 'ipi.json')}\n`);
    assert.deepEqual(bodies[bodies.length - 1], {
      indicatorCode: '10206000003',
      valuesFilter: {
        years: [2021, 2022, 2023, 2024, 2025], periodicities: [], units: ['208'], dimensionOrder: ['razrez_594', 'priznak_10261'],
        dimensionParams: { razrez_594: ['699961', '919070'], priznak_10261: ['1820'] }, simbolsAfterComma: 1,
      },
    });
    assert.equal(readFileSync(join(dir, 'ipi.json'), 'utf8'), answer, 'the raw response, byte for byte');
    assert.equal(csvLines(out).length, 41);
    assert.equal(csvLines(out)[1], '10206000003,BY,Республика Беларусь,0,B-E,Промышленность,2021,106.5');
    assert.deepEqual(readdirSync(dir).sort(), ['ipi.csv', 'ipi.json'], 'no temporary files; the database was not opened');
  });

  test('--request sends a logged request body as it is', async () => {
    const requestFile = join(dir, 'request.json');
    const body = { indicatorCode: '10206000003', valuesFilter: { years: [2021], periodicities: [], units: ['208'], dimensionOrder: ['razrez_594'], dimensionParams: { razrez_594: ['699961'] }, simbolsAfterComma: 0 } };
    writeFileSync(requestFile, JSON.stringify({ file: 'ipi.json', request_body: body }));
    const out = join(dir, 'logged.csv');
    const result = await cliAsync(dataDir, 'fetch', 'belstat', '--indicator', '10206000003', '--request', requestFile, '--out', out, '--base-url', baseUrl);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(bodies[bodies.length - 1], body);
    assert.ok(existsSync(join(dir, 'logged.json')));
  });

  test('a malformed answer exits 2 naming the URL and JSON path, and writes nothing', async () => {
    const badDir = mkdtempSync(join(dir, 'bad-'));
    answer = readFileSync(join(FIXTURES, 'malformed_cell_count.json'), 'utf8');
    try {
      const result = await cliAsync(dataDir, 'fetch', 'belstat', '--indicator', '10206000003', '--years', '2021-2022', '--out', join(badDir, 'x.csv'), '--base-url', baseUrl);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /\/api\/indicatorValuesSearch \(indicator 10206000003\): tableRows\[1\]: expected 4 cells/);
      assert.deepEqual(readdirSync(badDir), []);
    } finally {
      answer = readFileSync(IPI, 'utf8');
    }
  });

  test('offline: exits 1 with "cannot reach ... (offline?)" and writes nothing', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const offDir = mkdtempSync(join(dir, 'offline-'));
    const result = await cliAsync(dataDir, 'fetch', 'belstat', '--indicator', '10206000003', '--years', '2024', '--out', join(offDir, 'x.csv'), '--base-url', `http://127.0.0.1:${port}`);
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`^error: cannot reach http://127\\.0\\.0\\.1:${port}/indicatorValuesSearch \\(offline\\?\\)`));
    assert.deepEqual(readdirSync(offDir), []);
  });

  test('bad options exit 2 before anything is sent', async () => {
    const sent = bodies.length;
    const cases: [string[], RegExp][] = [
      [['--indicator', '123', '--years', '2024'], /indicator 123: expected the portal's 11-digit indicator code/],
      [['--indicator', '10206000003', '--years', '2010-2021'], /at most 10 years per request/],
    ];
    for (const [args, message] of cases) {
      const result = await cliAsync(dataDir, 'fetch', 'belstat', ...args, '--base-url', baseUrl);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message);
    }
    assert.equal(bodies.length, sent);
  });
});
