// In production the launcher will not start Next.js and the job worker on a database role
// that could alter the audit log: here an external DATABASE_URL signing in as a superuser,
// with no APP_DATABASE_URL. It stops before anything listens, naming the problem.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIsolatedDatabase } from "../../support/local-database";

interface Exit {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runLauncher(mode: "start" | "dev", env: NodeJS.ProcessEnv): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/runtime/launch.ts", mode], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // A launcher that did not refuse would start Next.js and never exit by itself.
    const timer = setTimeout(() => child.kill("SIGTERM"), 90_000);
    child.on("error", reject);
    child.on("exit", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

describe("the launcher in production", () => {
  let database: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    database = await createIsolatedDatabase({ migrate: true });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("refuses to run the app as a superuser", { timeout: 120_000 }, async () => {
    const exit = await runLauncher("start", {
      ...process.env,
      DATABASE_URL: database.url,
      APP_DATABASE_URL: "",
      AUTH_SECRET: "launcher-test-secret-launcher-test-secret",
      SEED_FAMILIES: "1",
      PORT: "1",
    });
    expect(exit.status, `launcher exit; stdout: ${exit.stdout}`).toBe(1);
    expect(exit.stderr, "launcher's refusal").toMatch(/Refusing to start: the app's database role "postgres" could alter the audit log/);
    expect(exit.stderr, "the named problem").toMatch(/role "postgres" is a superuser/);
    expect(exit.stdout, "Next.js must not have started").not.toMatch(/portal at/);
  });
});
