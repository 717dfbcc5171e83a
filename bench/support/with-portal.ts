// A portal and a Chromium for the length of `work`, both stopped afterwards whatever
// happens, so a failed bench leaves no server, PostgreSQL or browser behind.
import type { Browser } from "@playwright/test";
import { startPortal, type Portal } from "./portal-server";
import { launchChromium } from "./sessions";

export async function withPortal<T>(families: number, work: (portal: Portal, browser: Browser) => Promise<T>): Promise<T> {
  console.log(`starting the portal (next start, embedded PostgreSQL) with ${families.toLocaleString("en")} seeded families…`);
  const portal = await startPortal({ families });
  console.log(`portal ready at ${portal.baseUrl} after ${portal.startupSeconds.toFixed(1)} s (migrations and seeding included)`);
  try {
    const browser = await launchChromium();
    try {
      return await work(portal, browser);
    } finally {
      await browser.close();
    }
  } finally {
    await portal.stop();
  }
}
