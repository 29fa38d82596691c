import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { projectRoot } from '../../platform/config.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const CHROMIUM = '/usr/bin/chromium';
// .ci/run installs Debian's chromium; a machine without it skips this file and says so.
const describeWithBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) console.warn(`GraphiQL browser test skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);

describeWithBrowser('GraphiQL in a real browser, offline (issue 9)', () => {
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startTestStack();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('loads from npm assets only, shows the example, runs a query and shows the result', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const external: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['blob:', 'data:'].includes(url.protocol)) external.push(request.url());
    });
    const answers: string[] = [];
    page.on('response', async (response) => {
      if (response.request().method() === 'POST') answers.push(await response.text().catch(() => ''));
    });
    await page.goto(stack.gatewayUrl, { waitUntil: 'load' });
    const editor = page.locator('.graphiql-query-editor').first();
    await editor.waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.body.innerText.includes('Partner-Graph-2026!'), null, { timeout: 30_000 });

    await page.waitForTimeout(1500);
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('mutation SignIn { signIn(email: "anna@contoso.it", password: "Partner-Graph-2026!") { expiresAt user { displayName } } }');
    // the editor hands its text to GraphiQL after a short debounce
    await page.waitForTimeout(800);
    const dir = path.join(projectRoot, 'test-results');
    await mkdir(dir, { recursive: true });
    await page.locator('.graphiql-execute-button').click();
    try {
      // the result editor renders spaces as no-break spaces
      await page.waitForFunction(() => document.body.innerText.replace(/\u00a0/g, ' ').includes('"Anna Rossi"'), null,
        { timeout: 30_000 });
    } finally {
      await page.screenshot({ path: path.join(dir, 'graphiql.png'), fullPage: true });
    }
    expect(answers.some((answer) => answer.includes('"displayName":"Anna Rossi"'))).toBe(true);
    expect(external).toEqual([]);
  }, 90_000);
});
