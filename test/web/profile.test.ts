import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { toNetwork } from '../../web/src/views/cluster-profile/to-network.ts';
import { browserSkip, makeAccount, openPage, screenshot, startSite, type Site, TEST_PASSWORD } from './harness.ts';

interface ProfileJson {
  nameRu: string;
  nameEn: string | null;
  members: { illustrative: boolean; organization: { nameRu: string; illustrative: boolean } }[];
  statusHistory: unknown[];
  projects: unknown[];
}

describe('cooperation network shaping (to-network.ts)', () => {
  const member = (organizationId: number, name: string, illustrative = false) => ({ organizationId, illustrative, organization: { nameRu: name, illustrative: false } });
  const contract = (id: number, supplierId: number, customerId: number, kind: 'supply' | 'rnd' | 'service' | 'joint_project' = 'supply') => ({
    id, supplierId, customerId, kind, clusterId: 1, title: `c${id}`, signed: null, startDate: null, endDate: null, status: 'active', illustrative: id === 3,
  });
  const names = { member: (o: { nameRu: string }) => o.nameRu, outsider: (id: number) => `#${id}` };

  test('members become nodes sized by their contracts; contracts become supplier-to-customer links', () => {
    const network = toNetwork(
      [member(1, 'A'), member(2, 'B', true), member(3, 'C'), member(1, 'A again')],
      [contract(1, 1, 2), contract(2, 2, 1, 'rnd'), contract(3, 1, 9, 'service'), contract(4, 3, 3)],
      names,
    );
    assert.deepEqual(network.nodes.map((n) => [n.id, n.name, n.contracts, n.member, n.illustrative]), [
      [1, 'A', 3, true, false],
      [2, 'B', 2, true, true],
      [3, 'C', 1, true, false],
      [9, '#9', 1, false, false],
    ], 'one node per organisation; a party outside the cluster is added; a self-contract counts once');
    assert.deepEqual(network.links.map((l) => [l.id, l.source, l.target, l.kind, l.illustrative]), [
      [1, 1, 2, 'supply', false], [2, 2, 1, 'rnd', false], [3, 1, 9, 'service', true], [4, 3, 3, 'supply', false],
    ]);
  });

  test('no contracts: every member is a node with no links', () => {
    const network = toNetwork([member(5, 'E')], [], names);
    assert.deepEqual(network, { nodes: [{ id: 5, name: 'E', contracts: 0, member: true, illustrative: false }], links: [] });
  });
});

describe('cluster profile in the browser', { skip: browserSkip }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(() => site?.close());

  const profileOf = async (page: Page, id: number): Promise<ProfileJson> => (await page.request.get(`${site.url}/api/clusters/${id}`)).json();

  test('a cluster shows its members, status timeline, network of contracts, projects and illustrative labels', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const chunks: string[] = [];
    page.on('request', (request) => chunks.push(request.url()));
    await page.goto(`${site.url}/about`);
    await page.getByRole('navigation', { name: 'main' }).waitFor();
    assert.ok(!chunks.some((url) => /network-chart|echarts/.test(url)), 'ECharts is not part of what every page loads');

    const cluster = await profileOf(page, 1);
    const contracts = await (await page.request.get(`${site.url}/api/contracts?clusterId=1&limit=500`)).json();
    assert.ok(cluster.members.length > 0 && contracts.total > 0, 'the demo cluster 1 has members and contracts');

    await page.goto(`${site.url}/clusters/1`);
    await page.getByRole('heading', { level: 1, name: cluster.nameRu }).waitFor();
    const rows = page.getByTestId('member-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), cluster.members.length, 'one row per member of the API answer');
    const illustrative = cluster.members.filter((m) => m.illustrative || m.organization.illustrative).length;
    assert.ok(illustrative > 0);
    assert.equal(await rows.filter({ has: page.locator('.illustrative-badge') }).count(), illustrative, 'every illustrative member is labelled, and only those');

    assert.equal(await page.getByTestId('timeline-entry').count(), cluster.statusHistory.length);
    assert.match(await page.getByTestId('status-timeline').innerText(), /Действующий/);
    await page.locator('[data-testid="mini-map"] path.named').first().waitFor();

    const network = page.getByTestId('cooperation-network');
    await network.locator('svg, canvas').first().waitFor();
    assert.equal(await network.getAttribute('data-state'), 'ready');
    assert.match(await network.getAttribute('aria-label') ?? '', /договоров: 3/);
    assert.ok(chunks.some((url) => /network-chart/.test(url)), 'the graph chunk is fetched on demand');
    assert.equal(await page.getByTestId('contract-row').count(), contracts.total, 'the contracts are also listed in a table');
    assert.equal(await page.getByTestId('project').count(), cluster.projects.length);
    await page.getByText('Неполные данные').first().waitFor();
    assert.equal(await page.getByTestId('edit-cluster').count(), 0, 'no edit link for the public');

    await page.getByTestId('cooperation-network').scrollIntoViewIfNeeded();
    await screenshot(page, 'profile-cluster-1');
    assert.deepEqual(consoleErrors(), []);
  });

  test('the profile follows the interface language', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const cluster = await profileOf(page, 1);
    await page.goto(`${site.url}/clusters/1`);
    await page.getByRole('heading', { name: 'Участники' }).waitFor();
    await page.getByTestId('lang-switch').selectOption('en');
    await page.getByRole('heading', { level: 1, name: cluster.nameEn! }).waitFor();
    await page.getByRole('heading', { name: 'Cooperation network' }).waitFor();
    await page.getByRole('heading', { name: /^Members/ }).waitFor();
    await page.getByTestId('lang-switch').selectOption('be');
    await page.getByRole('heading', { name: 'Сетка кааперацыі' }).waitFor();
    await screenshot(page, 'profile-belarusian');
    assert.deepEqual(consoleErrors(), []);
  });

  test('an unknown cluster shows a not-found message', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/clusters/9999`);
    await page.getByTestId('cluster-not-found').waitFor();
    assert.match(await page.getByTestId('cluster-not-found').innerText(), /нет кластера с номером 9999/);
    await page.goto(`${site.url}/clusters/abc`);
    await page.getByTestId('cluster-not-found').waitFor();
    await screenshot(page, 'profile-not-found');
    assert.deepEqual(consoleErrors([/404/]), []);
  });

  test('the edit link shows only for those who may edit the cluster', async (t) => {
    const account = await makeAccount(site, { email: 'manager-profile@example.by', role: 'cluster_manager', clusterIds: [2] });
    const { page, consoleErrors } = await openPage(t, site);
    const signIn = await page.request.post(`${site.url}/api/auth/sign-in`, { data: { email: account.email, password: TEST_PASSWORD } });
    assert.equal(signIn.status(), 200);
    await page.goto(`${site.url}/clusters/2`);
    const edit = page.getByTestId('edit-cluster');
    await edit.waitFor();
    assert.equal(await edit.getAttribute('href'), '/clusters/2/edit');
    const figures = page.getByTestId('members-table').getByRole('columnheader', { name: 'Работники' });
    assert.equal(await figures.count(), 1, 'a manager sees the confidential figures of its members');
    await page.goto(`${site.url}/clusters/3`);
    await page.getByTestId('member-row').first().waitFor();
    assert.equal(await page.getByTestId('edit-cluster').count(), 0, 'not for another cluster');
    assert.equal(await figures.count(), 0, 'nor the figures of another cluster\'s members');
    await screenshot(page, 'profile-manager-other-cluster');
    assert.deepEqual(consoleErrors(), []);
  });

  test('the profile fits a phone-width screen; wide tables scroll inside their box', async (t) => {
    const { page, consoleErrors } = await openPage(t, site, { width: 390, height: 844 });
    await page.goto(`${site.url}/clusters/3`);
    await page.getByTestId('member-row').first().waitFor();
    await page.getByTestId('cooperation-network').locator('svg, canvas').first().waitFor();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      table: document.querySelector('[data-testid="members-table"]')!.closest('.table-scroll')!.scrollWidth,
    }));
    assert.ok(widths.page <= widths.viewport, `the page does not scroll sideways (${widths.page} > ${widths.viewport})`);
    assert.ok(widths.table > widths.viewport, 'the members table scrolls inside .table-scroll');
    await screenshot(page, 'profile-phone');
    assert.deepEqual(consoleErrors(), []);
  });
});
