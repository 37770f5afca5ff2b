/// <reference lib="dom" />
/**
 * The web app's figures, measured in Debian Chromium against the built app served by the real
 * server: the JavaScript shipped for the first page (gzip), and the time from a keystroke on the
 * contact form to the updated recommendation on screen. Targets: at most 200 KB and 16 ms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inputFacts } from '@sightline/core';
import type { BenchModule } from './bench-module.js';
import { summarise } from './stats.js';

const KEYSTROKES = 120;

type Harness = typeof import('../e2e/harness.js');

async function loadHarness(): Promise<Harness | string> {
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'))
    return 'no Chromium at /usr/bin/chromium (apt-get install -y chromium)';
  try {
    return await import('../e2e/harness.js');
  } catch (error) {
    return `playwright-core is not installed for the test package (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

/** Signs in through the API and returns a fetch that carries the session cookie and CSRF token. */
async function apiAs(base: string, username: string, password: string) {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`Sign-in failed: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (path: string, body: unknown) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify(body),
    }).then(async (r) => {
      if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
      return r.json() as Promise<{ id: string }>;
    });
}

/** A contact draft at the measures step, with S07's facts (a GP's asthma concern) as the worker would have them. */
function s07Draft(root: string, today: string) {
  const file = join(root, '..', 'shared', 'scenarios', 'S07-contact-gp-inhaler-pattern-after-admissions-oct-2017.json');
  const parsed = inputFacts(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
  if (!parsed.success) throw new Error('S07 does not parse');
  const facts = {
    ...parsed.data,
    asOf: today,
    asOfPrecision: 'day' as const,
    historyChecks: [{ source: 'own-records' as const, status: 'done' as const, detail: 'No previous contacts.' }],
    measures: { ...parsed.data.measures, relieverInhalers6m: null },
  };
  const events = [
    { type: 'RECORD_WHO', child: facts.child, household: facts.household },
    { type: 'NEXT' },
    { type: 'RECORD_HISTORY_CHECK', check: facts.historyChecks[0] },
    { type: 'RECORD_HISTORY', history: facts.history },
    { type: 'NEXT' },
    { type: 'RECORD_CONCERNS', concerns: facts.currentConcerns },
    { type: 'NEXT' },
  ];
  return {
    format: 'sightline.contact-draft/1',
    caseId: null,
    caseVersion: null,
    facts,
    identities: { subject: null, household: {} },
    forms: {},
    events,
    links: [],
    record: null,
    decision: null,
    idempotencyKey: crypto.randomUUID(),
    decisionId: null,
    updatedAt: new Date().toISOString(),
  };
}

async function firstPageJs(h: Harness, base: string): Promise<{ bytes: number; gzip: number; files: number }> {
  const browser = await h.launchBrowser();
  try {
    const scripts: Promise<Buffer>[] = [];
    browser.page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.body());
    });
    await browser.page.goto(`${base}/sign-in`, { waitUntil: 'networkidle' });
    await browser.page.getByRole('heading', { name: 'Sign in to Sightline' }).waitFor();
    const bodies = await Promise.all(scripts);
    return {
      bytes: bodies.reduce((n, b) => n + b.length, 0),
      gzip: bodies.reduce((n, b) => n + gzipSync(b).length, 0),
      files: bodies.length,
    };
  } finally {
    await browser.close();
  }
}

async function keystrokeToRecommendation(
  h: Harness,
  base: string,
  draftId: string,
): Promise<{ painted: number[]; dom: number[] }> {
  const browser = await h.launchBrowser();
  try {
    const { page } = browser;
    await h.signIn(page, base, 'duty.worker');
    await page.goto(`${base}/contact/${draftId}/measures`);
    const input = page.getByLabel('Reliever inhalers dispensed', { exact: true });
    await input.waitFor();
    await page.getByTestId('live-recommendation').waitFor();
    await input.focus();
    // Times each keystroke from keydown to the live panel's change, then to the next frame (when it is painted).
    await page.evaluate(() => {
      const w = window as unknown as { __samples: number[]; __dom: number[]; __t0: number };
      w.__samples = [];
      w.__dom = [];
      w.__t0 = 0;
      document.addEventListener('keydown', () => (w.__t0 = performance.now()), { capture: true });
      const panel = document.querySelector('[data-testid="live-recommendation"]');
      if (!panel) throw new Error('no live panel');
      new MutationObserver(() => {
        const t0 = w.__t0;
        if (!t0) return;
        w.__t0 = 0;
        w.__dom.push(performance.now() - t0);
        requestAnimationFrame(() => w.__samples.push(performance.now() - t0));
      }).observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    for (let i = 0; i < KEYSTROKES; i++) {
      // Each keystroke changes what the panel shows: 8 relievers fire the over-use finding; Backspace clears it.
      await page.keyboard.press(i % 2 === 0 ? '8' : 'Backspace');
      await page.waitForFunction((n) => (window as unknown as { __samples: number[] }).__samples.length >= n, i + 1, {
        timeout: 5000,
      });
    }
    return await page.evaluate(() => {
      const w = window as unknown as { __samples: number[]; __dom: number[] };
      return { painted: w.__samples, dom: w.__dom };
    });
  } finally {
    await browser.close();
  }
}

export const webFrontendBench: BenchModule = {
  name: 'web: first page JavaScript and keystroke to recommendation (Chromium)',
  async run() {
    const h = await loadHarness();
    if (typeof h === 'string') {
      console.log(`skipped: ${h}`);
      return;
    }
    h.buildWeb();
    const server = await h.startServer();
    try {
      const js = await firstPageJs(h, server.url);
      console.log(
        `first page (/sign-in) JavaScript: ${(js.gzip / 1024).toFixed(1)} KB gzip (${(js.bytes / 1024).toFixed(1)} KB raw, ${js.files} files); target at most 200 KB`,
      );
      const post = await apiAs(server.url, 'duty.worker', h.DEMO_PASSWORD);
      const draft = await post('/api/drafts', {
        kind: 'contact',
        caseId: null,
        body: s07Draft(h.repoRoot, new Date().toISOString().slice(0, 10)),
      });
      const samples = await keystrokeToRecommendation(h, server.url, draft.id);
      const painted = summarise(samples.painted);
      const dom = summarise(samples.dom);
      console.log(
        `keystroke to updated recommendation on screen (next frame): p50 ${painted.p50.toFixed(1)} ms, p99 ${painted.p99.toFixed(1)} ms, max ${painted.max.toFixed(1)} ms over ${painted.runs} keystrokes (S07-sized case); target at most 16 ms`,
      );
      console.log(
        `  of which keystroke to the recommendation updated in the page: p50 ${dom.p50.toFixed(1)} ms, p99 ${dom.p99.toFixed(1)} ms`,
      );
    } finally {
      await server.stop();
    }
  },
};

// Run on its own: npx tsx --conditions=@sightline/source test/bench/web-frontend.ts
if (import.meta.url === `file://${process.argv[1]}`) await webFrontendBench.run();
