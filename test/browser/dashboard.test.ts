import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../platform/config.js';
import { DEMO_PASSWORD } from '../../scripts/seed/world.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const CHROMIUM = '/usr/bin/chromium';
// .ci/run installs Debian's chromium; a machine without it skips this file and says so.
const describeWithBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) console.warn(`dashboard browser test skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);

const RESULTS = path.join(projectRoot, 'test-results');

describeWithBrowser('the example partner dashboard in a real browser (issue 18 §4)', () => {
  let stack: TestStack;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    // as in production: the dashboard names itself, so it may run only its registered documents
    stack = await startTestStack({
      trustedDocuments: { dir: path.join(projectRoot, 'trusted-documents'), reloadMs: 60_000, requireForNamedClients: true },
    });
    origin = new URL(stack.gatewayUrl).origin;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    await mkdir(RESULTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const shows = (page: Page, text: string) =>
    page.waitForFunction((wanted) => document.body.innerText.includes(wanted), text, { timeout: 30_000 });
  const createRequest = async (token: string, hint: string) => {
    const created = await stack.query(`mutation ($hint: String) { createResellerRelationshipRequest(includeDelegatedAdminPrivileges: false,
      customerEmailHint: $hint) { id } }`, { token, variables: { hint } });
    expect(created.errors).toBeUndefined();
  };

  it('signs in, shows customers, requests, health and a chart, and follows a change made through the API without reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const external: string[] = [];
    const sentText: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && !['blob:', 'data:'].includes(url.protocol)) external.push(request.url());
      const body = request.postData();
      if (url.pathname === '/graphql' && body && 'query' in JSON.parse(body)) sentText.push(body);
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    try {
      await page.goto(`${origin}/dashboard`, { waitUntil: 'load' });
      await page.fill('input[name=password]', DEMO_PASSWORD);
      await page.click('button[type=submit]');
      await shows(page, 'Anna Rossi · Contoso S.r.l.');
      await shows(page, 'Adatum S.p.A.'); // the deferred part
      await shows(page, 'Litware S.r.l.');
      await shows(page, '● live');
      expect(await page.locator('#chart').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL().length)).toBeGreaterThan(1000);
      await page.evaluate(() => { (window as unknown as { marker: number }).marker = 1; });
      const before = Number(await page.locator('#request-count').textContent());

      const token = await stack.signIn('anna@contoso.it');
      await createRequest(token, 'it@new-customer.example');
      await shows(page, 'it@new-customer.example');
      await page.waitForFunction((count) => document.getElementById('request-count')!.textContent === String(count), before + 1, { timeout: 30_000 });
      await shows(page, 'relationship request PENDING');
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1); // not reloaded

      // the customers subgraph restarts: the page reconnects its streams (after the last event id) and keeps updating
      await stack.stopSubgraph('customers');
      await shows(page, '○ reconnecting…');
      await stack.restartSubgraph('customers');
      await shows(page, '● live');
      await createRequest(token, 'ops@after-restart.example');
      await shows(page, 'ops@after-restart.example');
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
      await shows(page, 'updated');
      await page.locator('#customers table').waitFor({ timeout: 30_000 });
    } finally {
      await page.screenshot({ path: path.join(RESULTS, 'dashboard.png'), fullPage: true });
    }
    expect(external).toEqual([]);
    expect(sentText).toEqual([]); // documents only, by id
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('serves one bundle (chart.js included), and reports its size', async () => {
    const response = await fetch(`${origin}/dashboard/app.js`);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    const code = Buffer.from(await response.arrayBuffer());
    const figure = `dashboard bundle: ${(code.length / 1024).toFixed(1)} KiB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KiB gzipped`;
    console.log(figure);
    await writeFile(path.join(RESULTS, 'dashboard-bundle.txt'), `${figure}\n`);
    expect(code.length).toBeLessThan(400 * 1024);
  });
});
