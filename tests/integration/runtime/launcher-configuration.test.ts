// A malformed environment stops `npm run dev` before anything starts, naming the variable.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("the launcher", () => {
  it("refuses a malformed environment with a message naming the variable", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "lib/runtime/launch.ts", "dev"], {
      env: { ...process.env, PORT: "not-a-port", DATABASE_URL: "http://example.org" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Invalid environment");
    expect(result.stderr).toMatch(/PORT/);
    expect(result.stderr).toMatch(/DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(result.stdout).not.toContain("embedded PostgreSQL");
  });

  it("refuses to start in production without AUTH_SECRET", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "lib/runtime/launch.ts", "start"], {
      env: { ...process.env, AUTH_SECRET: "" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/AUTH_SECRET is required in production/);
  });
});
