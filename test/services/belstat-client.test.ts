// fetchBelstatIndicator against a local node:http server that stands in for the Belstat portal: it answers
// indicatorValuesSearch with the fixture and records what it was sent. No test needs the internet.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BELSTAT_API_URL, BelstatFetchError, belstatRequest, fetchBelstatIndicator, postBelstatRequest } from '../../src/services/belstat/client.ts';
import { ValidationError } from '../../src/services/errors.ts';

const FIXTURE = readFileSync(fileURLToPath(new URL('../fixtures/belstat/belstat_ipi_region_x_oked_2021_2025.json', import.meta.url)), 'utf8');

interface Seen { method: string; url: string; contentType: string | undefined; body: unknown }

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer(handler);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}/osids-public-api/indicator` });
    });
  });
}

const close = (server: Server) => new Promise<void>((resolve) => {
  server.closeAllConnections();
  server.close(() => resolve());
});

describe('fetchBelstatIndicator', () => {
  const seen: Seen[] = [];
  let server: Server;
  let baseUrl: string;

  before(async () => {
    ({ server, baseUrl } = await listen((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        seen.push({ method: req.method ?? '', url: req.url ?? '', contentType: req.headers['content-type'], body: text ? JSON.parse(text) : null });
        if (req.url?.includes('/broken/')) {
          res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal failure');
        } else if (req.url?.endsWith('/indicatorValuesSearch')) {
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(FIXTURE);
        } else {
          res.writeHead(404).end();
        }
      });
    }));
  });
  after(() => close(server));

  test('POSTs the filter as JSON to <base>/indicatorValuesSearch and returns the parsed answer', async () => {
    const result = await fetchBelstatIndicator('10206000003', {
      years: [2025, 2021, 2022, 2023, 2024], baseUrl: `${baseUrl}/`, units: ['208'], dimensions: { razrez_594: ['699961', '919070'], priznak_10261: ['1820'] },
    });
    assert.equal(result.url, `${baseUrl}/indicatorValuesSearch`);
    assert.deepEqual(result.response, JSON.parse(FIXTURE));
    const last = seen[seen.length - 1];
    assert.equal(last?.method, 'POST');
    assert.equal(last?.url, '/osids-public-api/indicator/indicatorValuesSearch');
    assert.equal(last?.contentType, 'application/json');
    assert.deepEqual(last?.body, {
      indicatorCode: '10206000003',
      valuesFilter: {
        years: [2021, 2022, 2023, 2024, 2025], periodicities: [], units: ['208'],
        dimensionOrder: ['razrez_594', 'priznak_10261'], dimensionParams: { razrez_594: ['699961', '919070'], priznak_10261: ['1820'] },
        simbolsAfterComma: 1,
      },
    });
    assert.deepEqual(result.request, last?.body);
  });

  test('uses the fetch it is given', async () => {
    const calls: string[] = [];
    const fake: typeof fetch = async (input) => {
      calls.push(String(input));
      return new Response('{"tableRows":[]}', { status: 200 });
    };
    const result = await fetchBelstatIndicator('10206000003', { years: [2024], fetch: fake });
    assert.deepEqual(calls, [`${BELSTAT_API_URL}/indicatorValuesSearch`]);
    assert.deepEqual(result.response, { tableRows: [] });
  });

  test('an HTTP error names the URL and status', async () => {
    await assert.rejects(postBelstatRequest(belstatRequest('10206000003', { years: [2024] }), { baseUrl: `${baseUrl}/broken` }),
      (error: unknown) => error instanceof BelstatFetchError && /\/broken\/indicatorValuesSearch answered 500 Internal Server Error: Internal failure$/.test(error.message));
  });

  test('an answer that is not JSON is an error', async () => {
    const fake: typeof fetch = async () => new Response('<html>maintenance</html>', { status: 200 });
    await assert.rejects(fetchBelstatIndicator('10206000003', { years: [2024], fetch: fake }),
      (error: unknown) => error instanceof BelstatFetchError && /answered with something other than JSON: <html>maintenance<\/html>$/.test(error.message));
  });

  test('bad codes and years are the caller\'s mistakes (ValidationError) and nothing is sent', async () => {
    const before = seen.length;
    await assert.rejects(fetchBelstatIndicator('1020600', { years: [2024], baseUrl }), (e: unknown) => e instanceof ValidationError && /11-digit/.test(e.message));
    await assert.rejects(fetchBelstatIndicator('10206000003', { years: [], baseUrl }), ValidationError);
    await assert.rejects(fetchBelstatIndicator('10206000003', { years: [2024.5], baseUrl }), ValidationError);
    await assert.rejects(fetchBelstatIndicator('10206000003', { years: Array.from({ length: 11 }, (_, i) => 2010 + i), baseUrl }),
      (e: unknown) => e instanceof ValidationError && /at most 10 years per request/.test(e.message));
    assert.equal(seen.length, before);
  });
});

describe('fetchBelstatIndicator without the portal', () => {
  test('a closed port is reported as "cannot reach ... (offline?)"', async () => {
    const { server, baseUrl } = await listen((_req, res) => res.end());
    await close(server);
    await assert.rejects(fetchBelstatIndicator('10206000003', { years: [2024], baseUrl }),
      (error: unknown) => error instanceof BelstatFetchError
        && error.message.startsWith(`cannot reach ${baseUrl}/indicatorValuesSearch (offline?)`) && /ECONNREFUSED/.test(error.message));
  });

  test('a server that never answers times out', async () => {
    const { server, baseUrl } = await listen(() => { /* never answers */ });
    try {
      await assert.rejects(fetchBelstatIndicator('10206000003', { years: [2024], baseUrl, timeoutMs: 150 }),
        (error: unknown) => error instanceof BelstatFetchError && /indicatorValuesSearch did not answer within 150 ms$/.test(error.message));
    } finally {
      await close(server);
    }
  });
});
