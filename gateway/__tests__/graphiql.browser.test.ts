// GraphiQL in a real browser (the system's Chromium, driven by playwright-core; a browser is never downloaded):
// the page loads from the gateway alone, runs the default national query, and shows the provinces' figures.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RunningGateway } from '../src/createGateway.ts';
import { expectedMemberCount } from './support/testSubgraphs.ts';
import { SCENARIO_CODES, startScenario, startTestGateway, type Scenario } from './support/scenario.ts';
import { testToken } from './support/testAuth.ts';

const CHROMIUM = '/usr/bin/chromium';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Loading 3.5 MB of GraphiQL and introspecting the national schema takes seconds on a busy 2-core machine. */
const WAIT_MS = 60_000;

/** The text of GraphiQL's result pane: CodeMirror 5 keeps the whole value on its instance (the DOM holds only
 * the visible lines). */
async function resultText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pane = document.querySelector('.graphiql-response .CodeMirror') as (Element & { CodeMirror?: { getValue(): string } }) | null;
    return pane?.CodeMirror?.getValue() ?? document.querySelector('.graphiql-response')?.textContent ?? '';
  });
}

describe('GraphiQL at /graphiql', () => {
  let scenario: Scenario;
  let gateway: RunningGateway;
  let browser: Browser;
  beforeAll(async () => {
    // Missing Chromium fails the test: a skip would let CI pass without testing the page.
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} not found: install it once with \`DEBIAN_FRONTEND=noninteractive apt-get install -y chromium\` (.ci/run does)`);
    scenario = await startScenario({ healthy: true });
    gateway = await startTestGateway(scenario);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await scenario?.stop();
  });

  it('loads from the gateway only, runs the default query and shows every province’s figures', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });

    // The token in the fragment, as `npm start` prints it: GraphiQL puts it in its Headers editor.
    await page.goto(`${gateway.origin}/graphiql#token=${await testToken()}`, { waitUntil: 'load' });
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ state: 'visible', timeout: WAIT_MS });
    // The default query is in the editor before we run it (not a stored one: a fresh browser profile).
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('memberCount'), null, { timeout: WAIT_MS });
    await run.click();
    await page.waitForFunction(
      () => (document.querySelector('.graphiql-response')?.textContent ?? '').includes('memberCount'),
      null,
      { timeout: WAIT_MS },
    );

    const result = JSON.parse(await resultText(page)) as { data: { provinces: Array<{ code: string; report: { memberCount: number } }> } };
    assert.deepEqual(
      result.data.provinces.map((p) => [p.code, p.report.memberCount]),
      SCENARIO_CODES.map((code) => [code, expectedMemberCount(code)]),
    );

    const offHost = requested.filter((url) => {
      const { protocol, hostname } = new URL(url);
      return (protocol === 'http:' || protocol === 'https:') && !LOOPBACK.has(hostname);
    });
    assert.deepEqual(offHost, [], 'every request goes to the gateway on loopback');
    assert.ok(requested.some((url) => url.endsWith('/graphql')), 'GraphiQL queried the gateway');
    assert.deepEqual(problems, [], 'no script errors and no Content-Security-Policy violations');
    await page.close();
  });
});
