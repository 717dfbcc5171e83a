import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives working defaults for development with nothing set", () => {
    expect(parseEnv({})).toMatchObject({ NODE_ENV: "development", PORT: 3000, APP_DATA_DIR: ".data", SEED_FAMILIES: 2000 });
  });

  it("names each bad variable", () => {
    try {
      parseEnv({ PORT: "abc", DATABASE_URL: "mysql://localhost/db", SEED_FAMILIES: "-5" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as EnvError).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/);
      expect(message).toMatch(/SEED_FAMILIES/);
    }
  });

  it("requires a long AUTH_SECRET in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is required in production/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET must be at least 32 characters/);
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) }).AUTH_SECRET).toHaveLength(32);
  });

  it("keeps only the origin of PUBLIC_ORIGIN and refuses anything but an http(s) address", () => {
    expect(parseEnv({ PUBLIC_ORIGIN: "https://bakytty.almaty.kz/some/path" }).PUBLIC_ORIGIN).toBe("https://bakytty.almaty.kz");
    expect(() => parseEnv({ PUBLIC_ORIGIN: "javascript:alert(1)" })).toThrow(/PUBLIC_ORIGIN/);
    expect(() => parseEnv({ PUBLIC_ORIGIN: "bakytty.kz" })).toThrow(/PUBLIC_ORIGIN/);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
