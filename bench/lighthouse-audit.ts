// Lighthouse 12.2.3 in its default (mobile, simulated throttling) mode on the landing
// page, the screener and the apply flow's start page as the signed-in demo citizen: the
// performance, accessibility and best-practices scores, LCP, CLS and total blocking time.
// A fresh headless Chromium per page, so one page's cache does not flatter the next.
import type { Browser } from "@playwright/test";
import type { Portal } from "./support/portal-server";
import { BENCH_MEASURE_SLUG } from "./support/prepare-drafts";
import { CHROMIUM_FLAGS, signInThroughForm } from "./support/sessions";
import { findSystemChromium } from "../tests/e2e/chromium-path";

export interface LighthouseFigures {
  label: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Failed accessibility audits by id (what keeps the score below 100). */
  accessibilityFailures: string[];
  lighthouseVersion: string;
  formFactor: string;
}

async function audit(label: string, url: string, cookie: string | undefined): Promise<LighthouseFigures> {
  const { default: lighthouse } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  const chromePath = findSystemChromium();
  if (!chromePath) throw new Error("no Chromium found for Lighthouse");
  const chrome = await launch({ chromePath, chromeFlags: CHROMIUM_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices"],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${label} (${url})`);
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${label} (${url}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const accessibilityFailures = (lhr.categories.accessibility?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
      .map((ref) => ref.id);
    return {
      label,
      path: new URL(url).pathname,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      lcpMs: numeric("largest-contentful-paint"),
      cls: numeric("cumulative-layout-shift"),
      tbtMs: numeric("total-blocking-time"),
      accessibilityFailures,
      lighthouseVersion: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
    };
  } finally {
    chrome.kill();
  }
}

export async function measureLighthouse(portal: Portal, browser: Browser): Promise<LighthouseFigures[]> {
  const citizen = await signInThroughForm(browser, portal.baseUrl, "CITIZEN");
  const applyPath = `/ru/apply/${BENCH_MEASURE_SLUG}`;
  const check = await fetch(`${portal.baseUrl}${applyPath}`, { redirect: "manual", headers: { cookie: citizen } });
  if (check.status !== 200) throw new Error(`GET ${applyPath} as the demo citizen answered ${check.status}: Lighthouse would audit the wrong page`);
  const pages: [string, string, string | undefined][] = [
    ["Landing", "/ru", undefined],
    ["Screener", "/ru/screener", undefined],
    ["Apply flow: start page (signed-in citizen)", applyPath, citizen],
  ];
  const figures: LighthouseFigures[] = [];
  for (const [label, path, cookie] of pages) {
    const result = await audit(label, `${portal.baseUrl}${path}`, cookie);
    console.log(
      `Lighthouse ${result.lighthouseVersion} (${result.formFactor}) ${label} ${path}: performance ${result.performance}, accessibility ${result.accessibility}, ` +
        `best practices ${result.bestPractices}; LCP ${result.lcpMs.toFixed(0)} ms, CLS ${result.cls.toFixed(3)}, TBT ${result.tbtMs.toFixed(0)} ms` +
        (result.accessibilityFailures.length ? `; failing: ${result.accessibilityFailures.join(", ")}` : ""),
    );
    figures.push(result);
  }
  return figures;
}
