// Registration: the IIN's check digit and date, the password policy and the form's
// fields are enforced by one schema; a duplicate IIN writes nothing.
import { afterAll, describe, expect, it } from "vitest";
import { registerCitizen, registerCitizenSchema } from "@/lib/accounts/register-citizen";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { buildIin } from "@/lib/iin";

const valid = (overrides: Record<string, string> = {}) => ({
  fullName: "Касымова Жанар Маратовна",
  iin: buildIin("1991-06-15", "female", 9_800 + (process.pid % 90)),
  phone: "+7 701 234 56 78",
  password: "Almaty-Spring-2026",
  passwordConfirm: "Almaty-Spring-2026",
  locale: "kk",
  ...overrides,
});

function errorsOf(input: Record<string, string>) {
  const result = registerCitizenSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join(".") || issue.code, issue.message]));
}

describe("registration form rules", () => {
  it("accepts a complete form and normalises the phone number", () => {
    const parsed = registerCitizenSchema.parse(valid({ phone: "8 (701) 234-56-78" }));
    expect(parsed.phone).toBe("+77012345678");
  });

  it("names what is wrong with an IIN", () => {
    const iin = valid().iin;
    const wrongCheck = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
    expect(errorsOf(valid({ iin: wrongCheck }))).toEqual({ iin: "iinChecksum" });
    expect(errorsOf(valid({ iin: "12345" }))).toEqual({ iin: "iinFormat" });
    expect(errorsOf(valid({ iin: "911315400012" }))).toEqual({ iin: "iinBirthDate" });
  });

  it("refuses short, common and mismatched passwords", () => {
    expect(errorsOf(valid({ password: "Ab1!", passwordConfirm: "Ab1!" }))).toEqual({ password: "passwordTooShort" });
    expect(errorsOf(valid({ password: "password123", passwordConfirm: "password123" }))).toEqual({ password: "passwordCommon" });
    expect(errorsOf(valid({ passwordConfirm: "something-else" }))).toEqual({ passwordConfirm: "passwordMismatch" });
  });

  it("refuses fields the form does not have (mass assignment)", () => {
    expect(errorsOf(valid({ role: "ADMIN" }))).toHaveProperty("unrecognized_keys");
  });
});

describe("registerCitizen", () => {
  afterAll(() => db.$disconnect());

  it("creates a citizen with an argon2id hash, and refuses the same IIN again without writing", async () => {
    const input = registerCitizenSchema.parse(valid());
    const { id } = await registerCitizen(input);
    const stored = await db.user.findUniqueOrThrow({ where: { id }, select: { role: true, passwordHash: true, phone: true } });
    expect(stored.role).toBe("CITIZEN");
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(input.password);

    const usersBefore = await db.user.count();
    const auditBefore = await db.auditLog.count();
    await expect(registerCitizen({ ...input, fullName: "Someone Else" })).rejects.toEqual(new AppError("CONFLICT", "iinTaken"));
    expect(await db.user.count()).toBe(usersBefore);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });
});
