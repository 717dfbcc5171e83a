import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { PaymentStatus } from "@/prisma/generated/enums";
import { allowedPaymentTransitions, assertPaymentTransition, canChangePaymentStatus, isConfirmationStatus } from "./payment-status";

const ALLOWED = new Set(["SCHEDULED->SENT", "SENT->PAID", "SENT->FAILED", "SENT->RETURNED"]);
const STATUSES = Object.values(PaymentStatus);

describe("payment status machine", () => {
  it("allows exactly scheduled → sent → paid, failed or returned", () => {
    expect(new Set(allowedPaymentTransitions().map(({ from, to }) => `${from}->${to}`))).toEqual(ALLOWED);
  });

  for (const from of STATUSES) {
    for (const to of STATUSES) {
      const key = `${from}->${to}`;
      it(`${ALLOWED.has(key) ? "allows" : "refuses"} ${key}`, () => {
        expect(canChangePaymentStatus(from, to)).toBe(ALLOWED.has(key));
        if (ALLOWED.has(key)) expect(() => assertPaymentTransition(from, to)).not.toThrow();
        else expect(() => assertPaymentTransition(from, to)).toThrow(expect.objectContaining({ code: "CONFLICT" }) as AppError);
      });
    }
  }

  it("accepts only paid, failed and returned from the bank", () => {
    expect(STATUSES.filter(isConfirmationStatus)).toEqual(["PAID", "FAILED", "RETURNED"]);
    expect(isConfirmationStatus("paid")).toBe(false);
  });
});
