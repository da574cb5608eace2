// Drives the Studio in real headless Chromium against a server that holds the demo data
// (`agentstore serve --demo`). StudioBrowserTest starts that server and runs this script;
// it can also be run by hand against any such server:
//
//   npm ci && node studio.spec.mjs http://127.0.0.1:4111 ../../../target/studio-screenshots
//
// Exit 0 when every step passed. Each step is printed as it runs; a failing step also
// leaves a screenshot (FAILED-….png) in the output directory. Env CHROMIUM overrides the
// browser binary (default: Debian's /usr/bin/chromium; Playwright's own download is not used).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [base, outArg] = process.argv.slice(2);
if (!base) {
  console.error('usage: node studio.spec.mjs BASE_URL [OUTPUT_DIR]');
  process.exit(2);
}
const BASE = base.replace(/\/+$/, '') + '/';
const OUT = path.resolve(outArg || 'studio-screenshots');
fs.mkdirSync(OUT, { recursive: true });

const DESKTOP = { width: 1400, height: 900 };
const PHONE = { width: 375, height: 812 };
const ADA = 'demo-user-ada';
const ORDER_THREAD = 'demo-thread-ada-order-4821';
// ids as hostile as the store allows: a slash, quotes, a hash, unicode
const ODD_RESOURCE = 'spec user/ü "q"';
const ODD_THREAD = 'spec/thread "quoted" #1 ünïcødé';

const seg = encodeURIComponent;
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agentstore-studio-chromium-'));
const pageErrors = [];
let page;
let passed = 0;

async function api(method, p, body) {
  const res = await fetch(BASE + 'api' + p, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Polls fn until it returns a truthy value (or throws the last assertion after the timeout). */
async function until(fn, what, timeout = 10_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = new Error('not yet: ' + what);
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}: ${last && last.message}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function shot(name, opts = {}) {
  await page.screenshot({ path: path.join(OUT, name), ...opts });
  console.log(`    screenshot ${name}`);
}

async function step(name, fn) {
  const t = Date.now();
  console.log(`  - ${name}`);
  try {
    await fn();
    passed++;
    console.log(`    ok (${Date.now() - t} ms)`);
  } catch (e) {
    console.log('    FAILED');
    const file = 'FAILED-' + name.replace(/[^a-z0-9]+/gi, '-').toLowerCase() + '.png';
    try { await page.screenshot({ path: path.join(OUT, file), fullPage: true }); console.log(`    screenshot of the failure: ${file}`); } catch { /* browser gone */ }
    throw e;
  }
}

const testId = (id) => page.getByTestId(id);
const visibleText = async (locator) => (await locator.innerText()).trim();

async function openPage(viewport) {
  page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.log(`    [browser console] ${m.text()}`); });
  page.setDefaultTimeout(10_000);
  return page;
}

console.log(`Studio browser test against ${BASE} (screenshots in ${OUT})`);
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  viewport: DESKTOP,
  deviceScaleFactor: 1,
});

let failed = null;
try {
  await openPage(DESKTOP);

  await step('the Studio loads and shows the store in the header', async () => {
    await page.goto(BASE);
    await until(async () => (await page.evaluate(() => location.hash)) === '#/resources', 'the default route #/resources');
    const store = testId('store-info');
    await until(async () => /schema v\d+/.test(await store.innerText()), 'backend and schema version in the header');
    const url = await visibleText(testId('store-url'));
    assert.ok(url.length > 0, 'the header shows the (masked) store URL');
  });

  await step('resources list the demo users', async () => {
    const items = testId('resource-item');
    await until(async () => (await items.count()) >= 3, 'three demo resources');
    const ids = await items.evaluateAll((els) => els.map((e) => e.dataset.id));
    for (const id of [ADA, 'demo-user-grace', 'demo-user-linus']) assert.ok(ids.includes(id), `resource ${id} listed (got ${ids})`);
  });

  await step("a resource shows its threads and the search box filters them", async () => {
    await page.locator(`[data-testid="resource-item"][data-id="demo-user-grace"]`).click();
    await until(async () => (await testId('thread-item').count()) === 2, "Grace's two threads");
    const search = page.getByRole('searchbox', { name: 'Search threads' });
    await search.fill('packing');
    await until(async () => (await testId('thread-item').count()) === 1, 'one thread matching "packing"');
    assert.equal(await testId('thread-item').getAttribute('data-id'), 'demo-thread-grace-packing');
    await search.fill('');
    await until(async () => (await testId('thread-item').count()) === 2, 'both threads again');
    await page.getByLabel('Sort threads').selectOption('createdAt:asc');
    await until(async () => (await testId('thread-item').first().getAttribute('data-id')) === 'demo-thread-grace-lisbon', 'oldest first');
    await page.getByLabel('Sort threads').selectOption('updatedAt:desc');
    await until(async () => (await testId('working-memory').inputValue()).includes('Grace Hopper'), "Grace's working memory beside the list");
    await search.blur();
    await shot('01-resources-threads.png');
  });

  await step('a thread renders as a chat with a tool call, reasoning and a file', async () => {
    await page.locator(`[data-testid="resource-item"][data-id="${ADA}"]`).click();
    await page.locator(`[data-testid="thread-item"][data-id="${ORDER_THREAD}"]`).click();
    assert.equal(await page.evaluate(() => location.hash), `#/resources/${ADA}/threads/${ORDER_THREAD}`);
    await until(async () => (await testId('message').count()) === 6, 'six messages');
    assert.equal(await visibleText(testId('thread-heading')), 'Where is order #4821?');
    const roles = await testId('message').evaluateAll((els) => els.map((e) => e.dataset.role));
    assert.deepEqual(roles, ['user', 'assistant', 'user', 'assistant', 'user', 'assistant'], 'oldest first, both roles');
    assert.match(await visibleText(testId('message').first()), /My order #4821 was supposed to arrive/);

    const call = page.locator('[data-testid="tool-call"][data-tool="getOrder"]');
    await call.scrollIntoViewIfNeeded();
    assert.equal(await visibleText(call.getByTestId('tool-name')), 'getOrder');
    const args = call.getByTestId('tool-args');
    assert.equal(await args.isVisible(), false, 'arguments start collapsed');
    await call.getByTestId('tool-args-toggle').locator(':scope > summary').click();
    await args.waitFor({ state: 'visible' });
    const argsText = await visibleText(args);
    assert.match(argsText, /orderId/);
    assert.match(argsText, /"4821"/);
    await call.getByTestId('tool-result-toggle').locator(':scope > summary').click();
    assert.match(await visibleText(call.getByTestId('tool-result')), /in_transit/);

    const reasoning = testId('reasoning').first();
    assert.match(await visibleText(reasoning.locator(':scope > summary')), /Reasoning/);
    const file = testId('file-part').first();
    assert.match(await visibleText(file), /tracking-4821\.svg/);
    await until(() => file.getByTestId('file-image').evaluate((img) => img.complete && img.naturalWidth > 0), 'the attached image to load');

    await page.locator('[data-testid="message"]').nth(1).scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      // show the first exchange (attachment, reasoning, expanded tool call) in the screenshot
      const chat = document.querySelector('[data-testid="chat"]');
      chat.scrollTop = 0;
    });
    await shot('02-thread-chat.png');
  });

  await step('working memory is edited, saved, survives a reload and is in the API', async () => {
    await testId('open-working-memory').click();
    assert.equal(await page.evaluate(() => location.hash), `#/resources/${ADA}/memory`);
    const box = page.getByRole('textbox', { name: /Working memory/ });
    await until(async () => (await box.inputValue()).includes('Ada Lovelace'), "Ada's working memory");
    const text = (await box.inputValue()).trimEnd() + '\n- Prefers delivery updates by SMS (noted in the Studio)\n';
    await box.fill(text);
    assert.match(await visibleText(testId('wm-status')), /Unsaved/);
    await page.getByRole('button', { name: 'Save' }).click();
    await until(async () => /Saved at/.test(await testId('wm-status').innerText()), '"Saved at …"');
    await shot('03-working-memory.png');
    await page.reload();
    await until(async () => (await page.getByRole('textbox', { name: /Working memory/ }).inputValue()) === text, 'the saved text after a reload');
    const r = await api('GET', '/resources/' + seg(ADA));
    assert.equal(r.status, 200);
    assert.equal(r.body.workingMemory, text, 'the API returns what the Studio saved');
  });

  await step('odd ids work in every route; unknown parts render; a thread is renamed and deleted', async () => {
    await api('DELETE', '/threads/' + seg(ODD_THREAD)); // left over from an earlier run against the same store
    let r = await api('POST', '/threads', { id: ODD_THREAD, resourceId: ODD_RESOURCE, title: 'Spec thread' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    r = await api('POST', '/threads/' + seg(ODD_THREAD) + '/messages', {
      messages: [
        { role: 'user', text: 'Hello <b>not bold</b> & <script>alert(1)</script>' },
        { role: 'assistant', content: { format: 2, parts: [{ type: 'step-start' }, { type: 'text', text: 'Use `code` and **bold**' }, { type: 'mystery-part', answer: 42 }] } },
      ],
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    await page.goto(`${BASE}#/resources/${seg(ODD_RESOURCE)}/threads/${seg(ODD_THREAD)}`);
    await until(async () => (await testId('message').count()) === 2, 'the two messages of the odd-id thread');
    const first = await visibleText(testId('message').first());
    assert.match(first, /Hello <b>not bold<\/b> & <script>alert\(1\)<\/script>/, 'stored markup is shown as text');
    assert.equal(await page.locator('.bubble b').count(), 0, 'no markup from data');
    assert.equal(await testId('step-start').count(), 1);
    assert.match(await visibleText(testId('unknown-part')), /mystery-part/);
    assert.equal(await page.locator('[data-testid="message"] strong').first().innerText(), 'bold');

    await testId('rename-thread').click();
    await testId('rename-input').fill('Renamed by the spec');
    await testId('rename-save').click();
    await until(async () => (await visibleText(testId('thread-heading'))) === 'Renamed by the spec', 'the new title');
    await until(async () => (await visibleText(testId('thread-title').first())) === 'Renamed by the spec', 'the new title in the list');
    assert.equal((await api('GET', '/threads/' + seg(ODD_THREAD))).body.title, 'Renamed by the spec');

    await testId('delete-thread').click();
    await testId('confirm-dialog').waitFor({ state: 'visible' });
    await testId('confirm-ok').click();
    await until(async () => (await page.evaluate(() => location.hash)) === `#/resources/${seg(ODD_RESOURCE)}`, 'back at the resource');
    assert.equal((await api('GET', '/threads/' + seg(ODD_THREAD))).status, 404, 'the thread is gone');
  });

  await step('an API error shows its message', async () => {
    await page.goto(`${BASE}#/resources/${ADA}/threads/${seg('no-such-thread')}`);
    const err = testId('error').first();
    await err.waitFor({ state: 'visible' });
    const expected = (await api('GET', '/threads/no-such-thread')).body.error.message;
    assert.ok((await err.innerText()).includes(expected), `the error box shows the API's message "${expected}"`);
  });

  await step('workflow runs are listed and filtered by status and name', async () => {
    await testId('nav-workflows').click();
    const rows = testId('run-row');
    await until(async () => (await rows.count()) === 7, 'seven demo runs');
    await shot('04-workflow-runs.png');
    await page.getByRole('button', { name: 'Suspended' }).click();
    await until(async () => (await page.evaluate(() => location.hash)) === '#/runs?status=suspended', 'the filter in the URL');
    await until(async () => {
      const st = await rows.evaluateAll((els) => els.map((e) => e.dataset.status));
      return st.length === 2 && st.every((s) => s === 'suspended');
    }, 'only the two suspended runs');
    assert.equal(await page.getByRole('button', { name: 'Suspended' }).getAttribute('aria-pressed'), 'true');
    await page.getByRole('button', { name: 'Failed' }).click();
    await until(async () => {
      const st = await rows.evaluateAll((els) => els.map((e) => e.dataset.status));
      return st.length === 2 && st.every((s) => s === 'failed');
    }, 'only the two failed runs');
    await page.getByRole('button', { name: 'All' }).click();
    await page.getByLabel('Workflow').fill('order-refund');
    await page.getByRole('button', { name: 'Apply' }).click();
    await until(async () => {
      const wf = await rows.evaluateAll((els) => els.map((e) => e.dataset.workflow));
      return wf.length === 3 && wf.every((w) => w === 'order-refund');
    }, 'only the three order-refund runs');
    await page.reload();
    await until(async () => (await rows.count()) === 3, 'the filter survives a reload');
    await page.getByRole('link', { name: 'Clear' }).click();
    await until(async () => (await rows.count()) === 7, 'all runs again');
  });

  await step('a run shows its header, step timeline and snapshot tree', async () => {
    await page.getByRole('link', { name: 'demo-run-trip-lisbon' }).click();
    await testId('run-detail').waitFor();
    await until(async () => (await testId('run-id').count()) === 1, 'the run header');
    assert.equal(await visibleText(testId('run-id')), 'demo-run-trip-lisbon');
    assert.match(await visibleText(page.locator('.run-head [data-testid="status-badge"]')), /running/);
    const steps = testId('timeline-step');
    const got = await steps.evaluateAll((els) => els.map((e) => `${e.dataset.step}:${e.dataset.status}`));
    assert.deepEqual(got, ['search-flights:success', 'hold-hotel:success', 'confirm-price:success', 'book-flight:running', 'send-itinerary:pending']);
    const bars = await page.locator('[data-testid="timeline"] .bar').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    assert.equal(bars.length, 4, 'a bar per step that started');
    assert.ok(bars.every((w) => w > 2), 'bars have a width: ' + bars);
    const tree = testId('snapshot-tree');
    assert.match(await visibleText(tree), /serializedStepGraph/);
    await testId('expand-all').click();
    assert.match(await visibleText(tree), /TP-AMS-LIS-187/);
    await testId('collapse-all').click();
    await steps.nth(1).click();
    await until(async () => /hold-hotel/.test(await testId('step-detail').innerText()), 'the picked step in the detail');
    assert.match(await visibleText(testId('step-detail')), /CDL-H-55120/);
    await shot('05-run-detail.png', { fullPage: true });
  });

  await step('a failed run shows its error', async () => {
    await page.goto(`${BASE}#/runs/${seg('order-refund')}/${seg('demo-run-refund-5302')}`);
    await testId('run-error').waitFor();
    assert.match(await visibleText(testId('run-error')), /card_expired/);
    assert.equal(await page.locator('[data-testid="timeline-step"].active').getAttribute('data-step'), 'issue-refund', 'the failed step is picked');
  });

  await step('phone width: one pane at a time, with back navigation', async () => {
    await page.close();
    await openPage(PHONE);
    await page.goto(`${BASE}#/resources/demo-user-grace`);
    const threads = testId('thread-item');
    await until(async () => (await threads.count()) === 2, 'the thread list on a phone');
    assert.equal(await testId('resources-pane').isVisible(), false, 'the resource list is hidden');
    assert.equal(await testId('detail-pane').isVisible(), false, 'the detail pane is hidden');
    const box = await threads.first().boundingBox();
    assert.ok(box.width >= 300 && box.x >= 0 && box.x + box.width <= PHONE.width, 'a thread row spans the screen: ' + JSON.stringify(box));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px too wide)`);
    await shot('07-phone-threads.png');
    await page.locator('[data-testid="thread-item"][data-id="demo-thread-grace-lisbon"]').click();
    await until(async () => (await testId('message').count()) === 6, 'the chat on a phone');
    assert.equal(await testId('threads-pane').isVisible(), false, 'the list gives way to the chat');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(wide <= 0, `the chat fits the screen (${wide}px too wide)`);
    await shot('06-phone-thread.png');
    await page.locator('[data-testid="detail-pane"] [data-testid="back"]').click();
    await until(() => testId('threads-pane').isVisible(), 'back to the thread list');
  });

  await step('no script errors on any page', async () => {
    assert.deepEqual(pageErrors, []);
  });
} catch (e) {
  failed = e;
} finally {
  await context.close().catch(() => {});
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

if (failed) {
  console.error(`\nStudio browser test FAILED after ${passed} passing steps:\n${failed.stack || failed}`);
  process.exit(1);
}
console.log(`\nStudio browser test passed: ${passed} steps. Screenshots in ${OUT}`);
