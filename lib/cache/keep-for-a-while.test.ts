import { describe, expect, it } from "vitest";
import { keepForAWhile } from "./keep-for-a-while";

describe("keepForAWhile", () => {
  it("reads once within the period, again after it, and per key", async () => {
    const reads: string[] = [];
    const kept = keepForAWhile(1_000, async (key) => {
      reads.push(key);
      return `${key}:${reads.length}`;
    });
    expect(await kept.get("a", 0)).toBe("a:1");
    expect(await kept.get("a", 999)).toBe("a:1");
    expect(await kept.get("b", 999)).toBe("b:2");
    expect(await kept.get("a", 1_000)).toBe("a:3");
    expect(reads).toEqual(["a", "b", "a"]);
  });

  it("shares one read between concurrent callers and forgets on demand", async () => {
    let reads = 0;
    const kept = keepForAWhile(60_000, async () => ++reads);
    expect(await Promise.all([kept.get("k", 0), kept.get("k", 0), kept.get("k", 0)])).toEqual([1, 1, 1]);
    kept.forget();
    expect(await kept.get("k", 1)).toBe(2);
  });

  it("does not keep a failed read", async () => {
    let attempt = 0;
    const kept = keepForAWhile(60_000, async () => {
      attempt += 1;
      if (attempt === 1) throw new Error("database away");
      return "ok";
    });
    await expect(kept.get("k", 0)).rejects.toThrow("database away");
    expect(await kept.get("k", 1)).toBe("ok");
  });
});
