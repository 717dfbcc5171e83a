import { describe, expect, it } from "vitest";
import { ApplicationStatus } from "@/prisma/generated/enums";
import { allowedTransitions, canTransition, OPEN_STATUSES } from "./status-machine";

const ALL = Object.values(ApplicationStatus);

describe("application status machine", () => {
  it("lets the family submit, withdraw open applications, answer requests and appeal rejections", () => {
    expect(canTransition("DRAFT", "SUBMITTED", "family")).toBe(true);
    expect(canTransition("SUBMITTED", "WITHDRAWN", "family")).toBe(true);
    expect(canTransition("INFORMATION_REQUESTED", "IN_REVIEW", "family")).toBe(true);
    expect(canTransition("REJECTED", "APPEALED", "family")).toBe(true);
  });

  it("never lets the family decide, and never lets staff submit or withdraw for the family", () => {
    for (const from of ALL) {
      expect(canTransition(from, "APPROVED", "family")).toBe(false);
      expect(canTransition(from, "REJECTED", "family")).toBe(false);
      expect(canTransition(from, "SUBMITTED", "staff")).toBe(false);
      expect(canTransition(from, "WITHDRAWN", "staff")).toBe(false);
    }
  });

  it("ends at approved and withdrawn", () => {
    for (const to of ALL) {
      expect(canTransition("APPROVED", to, "staff")).toBe(false);
      expect(canTransition("WITHDRAWN", to, "family")).toBe(false);
    }
  });

  it("allows exactly the listed transitions", () => {
    const allowed = new Set(allowedTransitions().map(({ from, to, actor }) => `${from}>${to}:${actor}`));
    for (const from of ALL) {
      for (const to of ALL) {
        for (const actor of ["family", "staff"] as const) {
          expect(canTransition(from, to, actor)).toBe(allowed.has(`${from}>${to}:${actor}`));
        }
      }
    }
    expect(allowed.size).toBe(14);
  });

  it("matches the open statuses of the database's unique index", () => {
    expect([...OPEN_STATUSES].sort()).toEqual(["APPEALED", "DRAFT", "INFORMATION_REQUESTED", "IN_REVIEW", "SUBMITTED"]);
  });
});
