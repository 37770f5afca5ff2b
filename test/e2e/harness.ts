/// <reference lib="dom" />
/**
 * What every browser test needs: the real server (embedded PGlite in memory, demo users and
 * synthetic families) serving the built web app, Debian's Chromium driven by playwright-core, axe,
 * and screenshots under test-output/e2e.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { freePort } from '../../apps/server/test/server-process.js';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const outputDir = join(repoRoot, 'test-output', 'e2e');
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'demo-password-not-secret';

/** Builds the web app (apps/web/dist) with vite, as the server will serve it. */
export function buildWeb(): void {
  const web = join(repoRoot, 'apps/web');
  const result = spawnSync(process.execPath, [join(web, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    cwd: web,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build of apps/web failed');
}

/** A running server and the address it serves on. */
export interface Server {
  url: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer /api/health within ${timeoutMs} ms`);
}

/**
 * Starts the server from its sources, serving apps/web/dist, on a port the system says is free (a
 * port picked at random once landed on MariaDB's 3306).
 */
export async function startServer(port?: number): Promise<Server> {
  port ??= await freePort();
  const webDist = join(repoRoot, 'apps/web/dist');
  if (!existsSync(join(webDist, 'index.html'))) throw new Error('Build the web app first: pnpm --filter @sightline/web build');
  const tsx = join(repoRoot, 'node_modules/.bin/tsx');
  const child = spawn(tsx, ['--conditions=@sightline/source', join(repoRoot, 'apps/server/src/main.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PGLITE_DATA_DIR: 'memory://',
      WEB_DIST: webDist,
      NODE_ENV: 'test',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    process: child,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill(signal);
      }),
  };
}

/** A fresh Chromium profile; close() also deletes it. */
export interface Browser {
  context: BrowserContext;
  page: Page;
  profile: string;
  close(): Promise<void>;
}

/** Launches Debian's Chromium (or CHROMIUM_PATH) headless on a profile folder (a new one unless given). */
export async function launchBrowser(profile = mkdtempSync(join(tmpdir(), 'sightline-e2e-'))): Promise<Browser> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  return {
    context,
    page,
    profile,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in as a demo user and waits for their home page. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
}

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every accessibility violation axe finds on the page as it is now (WCAG 2.2 AA). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Checks the page with axe and takes a full-page screenshot; throws naming every violation. */
export async function checkPage(page: Page, name: string): Promise<void> {
  mkdirSync(join(outputDir, 'screenshots'), { recursive: true });
  await page.screenshot({ path: join(outputDir, 'screenshots', `${name}.png`), fullPage: true });
  const violations = await axeViolations(page);
  if (violations.length > 0) throw new Error(`axe found ${violations.length} violation(s) on ${name}:\n${violations.join('\n')}`);
}

/** Fails with a message when a condition is false. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Kills the Chromium processes using a profile with SIGKILL, as a crash would; the profile stays on disk. */
export function killBrowser(profile: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const pids = lines
    .filter((line) => line.includes(`--user-data-dir=${profile}`))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((pid) => Number.isInteger(pid) && pid > 0);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return pids.length;
}

/**
 * Waits until Chromium has written `needle` to the profile's local storage files on disk (in either
 * of the encodings it stores strings in): it commits local storage a while after a change, and a
 * crash before that loses the change, as it would for a real user. Throws after `timeoutMs`.
 */
export async function waitForLocalStorageOnDisk(profile: string, needle: string, timeoutMs = 30_000): Promise<void> {
  const folder = join(profile, 'Default', 'Local Storage', 'leveldb');
  const forms = [Buffer.from(needle, 'latin1'), Buffer.from(needle, 'utf16le')];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.log') || f.endsWith('.ldb')) : [];
    for (const file of files) {
      const bytes = readFileSync(join(folder, file));
      if (forms.some((form) => bytes.includes(form))) return;
    }
    if (Date.now() > deadline)
      throw new Error(`Chromium had not written "${needle}" to local storage on disk after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Signs out through the header. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Sign out/ }).click();
  await page.waitForURL(/\/sign-in/);
}
