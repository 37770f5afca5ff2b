/**
 * The browser end-to-end suite: one server (PGlite in memory, demo data), Debian Chromium, each
 * journey in its own browser profile. Screenshots go to test-output/e2e/screenshots. Exit code 1
 * when any journey fails.
 */
import type { Page } from 'playwright-core';
import { dutyWorkerTriagesS07 } from './duty-worker.e2e.js';
import { buildWeb, launchBrowser, outputDir, type Server, startServer } from './harness.js';
import { supervisorDisagrees } from './supervisor.e2e.js';
import { dslEscalatesThroughTwoStages } from './dsl-escalation.e2e.js';
import { crashedBrowserGetsDraftBack, crashedBrowserGetsRequestBack } from './crash-draft.e2e.js';
import { contactByKeyboardAlone } from './keyboard.e2e.js';
import { protectionPathway, tourOfPages } from './protection.e2e.js';
import { adminAddsThenDeactivatesAUser } from './admin.e2e.js';
import { auditorReadsARecordAndItsAccessLog } from './auditor.e2e.js';

type Journey = { name: string; run: (page: Page, server: Server, shared: Record<string, string>) => Promise<void> };

const journeys: Journey[] = [
  {
    name: 'a duty worker triages a case like S07 and sees the reasons with citations',
    run: async (page, server, shared) => {
      shared.decisionId = await dutyWorkerTriagesS07(page, server);
    },
  },
  {
    name: 'a supervisor audits a decision and disagrees',
    run: (page, server) => supervisorDisagrees(page, server, 'Child H'),
  },
  {
    name: 'an auditor reads a decision record and who has read or changed the case',
    run: (page, server) => auditorReadsARecordAndItsAccessLog(page, server, 'Child H'),
  },
  {
    name: 'a DSL escalates a disagreement through two stages',
    run: (page, server) => dslEscalatesThroughTwoStages(page, server),
  },
  {
    name: 'the protection pathway: strategy discussion, s47, conference with a safety plan at scaling 2, plan deadlines',
    run: (page, server, shared) => protectionPathway(page, server, shared.decisionId ?? ''),
  },
  {
    name: 'every other page passes axe: sign in, rulebook, disagreements, the child’s page',
    run: (page, server, shared) => tourOfPages(page, server, shared.decisionId ?? ''),
  },
  {
    name: 'the whole contact flow works by keyboard alone',
    run: (page, server) => contactByKeyboardAlone(page, server),
  },
  {
    name: 'an administrator adds a user who signs in, then deactivates them and they cannot sign in',
    run: (page, server) => adminAddsThenDeactivatesAUser(page, server),
  },
  {
    name: 'a browser killed mid-form gets its draft back',
    run: (_page, server) => crashedBrowserGetsDraftBack(server),
  },
  {
    name: 'a DSL whose browser is killed mid-request gets it back and sends it once',
    run: (_page, server) => crashedBrowserGetsRequestBack(server),
  },
];

const only = process.argv[2];
if (!process.env.SKIP_WEB_BUILD) buildWeb();
const server = await startServer();
const shared: Record<string, string> = {};
let failed = 0;
const chosen = journeys.filter((j) => !only || j.name.includes(only));
try {
  for (const journey of chosen) {
    const browser = await launchBrowser();
    const started = Date.now();
    try {
      await journey.run(browser.page, server, shared);
      console.log(`ok   ${journey.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.log(`     at ${browser.page.url()}`);
      await browser.page.screenshot({ path: `${outputDir}/failure-${failed}.png`, fullPage: true }).catch(() => undefined);
      console.log(`FAIL ${journey.name}\n     ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.stop();
}
console.log(`${chosen.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
