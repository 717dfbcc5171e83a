import { describe, expect, it } from "vitest";
import { buildIin, computeIinCheckDigit, parseIin } from "./index";

describe("IIN", () => {
  it("reads the birth date and sex of a valid IIN", () => {
    // 12 May 1985, male (7th digit 3), serial 0123.
    const iin = buildIin("1985-05-12", "male", 123);
    expect(iin.slice(0, 7)).toBe("8505123");
    expect(parseIin(iin)).toEqual({ ok: true, value: { birthDate: "1985-05-12", sex: "male" } });
  });

  it("uses the 2000s century digit for children", () => {
    const iin = buildIin("2019-02-28", "female", 42);
    expect(iin[6]).toBe("6");
    expect(parseIin(iin)).toMatchObject({ ok: true, value: { birthDate: "2019-02-28", sex: "female" } });
  });

  it("refuses a wrong check digit", () => {
    const iin = buildIin("1990-01-01", "female", 7);
    const wrong = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
    expect(parseIin(wrong)).toEqual({ ok: false, problem: "checksum" });
  });

  it("refuses impossible dates, bad century digits and non-digits", () => {
    expect(parseIin("900230300001")).toEqual({ ok: false, problem: "birthDate" });
    expect(parseIin("900101700001")).toEqual({ ok: false, problem: "centuryDigit" });
    expect(parseIin("90010130000")).toEqual({ ok: false, problem: "format" });
    expect(parseIin("9001013000a1")).toEqual({ ok: false, problem: "format" });
  });

  it("falls back to the second weights when the first pass gives 10", () => {
    // Find eleven digits whose first pass is 10, then check the second pass decides.
    let found: string | undefined;
    for (let serial = 0; serial < 10_000 && !found; serial += 1) {
      const digits = `850512300${String(serial).padStart(2, "0")}`.slice(0, 11);
      const first = [...digits].reduce((sum, d, i) => sum + Number(d) * (i + 1), 0) % 11;
      if (first === 10) found = digits;
    }
    expect(found).toBeDefined();
    const second = [...found!].reduce((sum, d, i) => sum + Number(d) * [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2][i]!, 0) % 11;
    expect(computeIinCheckDigit(found!)).toBe(second === 10 ? null : second);
  });
});
