// End-to-end tests in a real Chromium against `next start` on a fresh embedded
// PostgreSQL. Run them with `npm run test:e2e` (tests/e2e/run.ts), which builds the app,
// picks free ports and a temporary data folder, and finds the browser.
import { defineConfig, devices } from "@playwright/test";
import { findSystemChromium } from "./tests/e2e/chromium-path";

const port = Number(process.env.E2E_PORT ?? 3100);
const executablePath = findSystemChromium();

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  // Each run its own folder for traces, so two runs at once never delete each other's.
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "en-GB",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      // The machine has no network: background requests would only fail noisily.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"] } } }],
  webServer: {
    command: "npx tsx lib/runtime/launch.ts start",
    url: `http://127.0.0.1:${port}/en`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the launcher stop Next.js and then PostgreSQL cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      PORT: String(port),
      APP_DATA_DIR: process.env.E2E_DATA_DIR ?? ".data/e2e",
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54339",
      AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? "e2e-only-secret-e2e-only-secret-e2e-only",
      SEED_FAMILIES: process.env.E2E_SEED_FAMILIES ?? "300",
      NEXT_TELEMETRY_DISABLED: "1",
      // Every line the servers write, for the security suite's log checks (IINs).
      PORTAL_LOG_FILE: process.env.E2E_LOG_FILE ?? "",
      // Long, so a landing page that failed to refresh after a change would be caught.
      LANDING_TEMPLATE_SECONDS: "600",
    },
  },
});
