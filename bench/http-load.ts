// Load on the running portal with autocannon from the same machine: the landing page
// (anonymous, at 10 and at a higher concurrency), the family dashboard (the demo citizen),
// the caseworkers' queue (the demo caseworker) and the submit action (each request a
// different family's draft). Each page is checked to answer 200 for its reader before it
// is loaded, and every answer that is not the expected status is counted.
import type { Browser } from "@playwright/test";
import type { SubmitWireFormat } from "./support/capture-submit";
import type { BenchKnobs } from "./support/knobs";
import type { Portal } from "./support/portal-server";
import { countSubmitted } from "./support/prepare-drafts";
import { formatLoadFigures, runAutocannon, type LoadFigures } from "./support/run-autocannon";
import { signInThroughForm } from "./support/sessions";
import { prepareSubmitPool, submitRequests } from "./support/submit-requests";

export interface PageLoad extends LoadFigures {
  path: string;
  reader: string;
}

export interface SubmitLoad extends LoadFigures {
  /** Drafts moved to SUBMITTED by the load (counted in the database). */
  submitted: number;
  requested: number;
}

export interface HttpLoadFigures {
  pages: PageLoad[];
  submit: SubmitLoad;
}

async function assertServes(baseUrl: string, path: string, cookie: string | undefined, reader: string): Promise<void> {
  const response = await fetch(`${baseUrl}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
  if (response.status !== 200) throw new Error(`GET ${path} as ${reader} answered ${response.status} ${response.headers.get("location") ?? ""}: the load would measure the wrong page`);
}

async function loadPage(portal: Portal, knobs: BenchKnobs, page: { path: string; reader: string; cookie?: string; connections: number }): Promise<PageLoad> {
  await assertServes(portal.baseUrl, page.path, page.cookie, page.reader);
  const options = { url: `${portal.baseUrl}${page.path}`, connections: page.connections, headers: page.cookie ? { cookie: page.cookie } : ({} as Record<string, string>) };
  // Warm-up: compiled templates, connection pool and PostgreSQL's buffers, not measured.
  await runAutocannon("warm-up", 200, { ...options, duration: knobs.warmUpSeconds });
  const figures = await runAutocannon(`GET ${page.path} (${page.reader})`, 200, { ...options, duration: knobs.durationSeconds });
  console.log(formatLoadFigures(figures));
  return { ...figures, path: page.path, reader: page.reader };
}

export async function measureHttpLoad(portal: Portal, browser: Browser, wire: SubmitWireFormat, knobs: BenchKnobs): Promise<HttpLoadFigures> {
  const pages: PageLoad[] = [];
  pages.push(await loadPage(portal, knobs, { path: "/ru", reader: "anonymous", connections: knobs.connections }));
  pages.push(await loadPage(portal, knobs, { path: "/ru", reader: "anonymous", connections: knobs.landingHighConnections }));
  // Signed in just before their loads: a staff session ends after 30 idle minutes.
  const citizen = await signInThroughForm(browser, portal.baseUrl, "CITIZEN");
  pages.push(await loadPage(portal, knobs, { path: "/ru/family", reader: "the demo citizen", cookie: citizen, connections: knobs.connections }));
  const caseworker = await signInThroughForm(browser, portal.baseUrl, "CASEWORKER");
  pages.push(await loadPage(portal, knobs, { path: "/ru/staff", reader: "the demo caseworker", cookie: caseworker, connections: knobs.connections }));

  const requested = knobs.submitLoadRequests;
  const pool = await prepareSubmitPool(portal, requested + knobs.connections, "load");
  const { requests } = submitRequests(wire, pool);
  const figures = await runAutocannon(`POST ${wire.path} (submit action)`, wire.successStatus, {
    url: portal.baseUrl,
    connections: knobs.connections,
    amount: requested,
    requests,
  });
  const { submitted } = await countSubmitted(portal.databaseUrl, pool.map((draft) => draft.applicationId));
  console.log(`${formatLoadFigures(figures)}; ${submitted} of ${requested} drafts submitted`);
  return { pages, submit: { ...figures, submitted, requested } };
}
