// A low-income large family for the apply tests: two parents, four children of whom the
// two youngest are of kindergarten age, so the engine's choices are known in advance.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Actor } from "@/lib/auth/permissions";
import { confirmConsent } from "@/lib/consent/confirm-consent";
import { getOwnConsentOverview } from "@/lib/consent/consent-status";
import { sendConsentCode } from "@/lib/consent/send-consent-code";
import { db } from "@/lib/db/client";
import { createCitizenWithFamily } from "@/prisma/seed/factories";
import type { MemberDescription } from "@/prisma/seed/factories";

/** "Today" of every apply test: rules and ages are evaluated on this day. */
export const TEST_NOW = new Date("2026-11-26T06:00:00.000Z");

function person(surname: string, firstName: string, sex: "male" | "female", birthDate: string, rest: Partial<MemberDescription> & Pick<MemberDescription, "role" | "relation">): MemberDescription {
  return {
    name: { surname, firstName, patronymic: sex === "male" ? "Серикович" : "Сериковна" },
    sex, birthDate, education: "NONE", fullTimeStudent: false, excellentStudent: false, disability: false,
    homeSchooled: false, employed: false, monthlyIncomeTenge: 0, ...rest,
  };
}

export interface ApplyTestFamily {
  actor: Actor;
  familyId: string;
  memberIds: { mother: string; father: string; eldest: string; second: string; kindergartenOlder: string; kindergartenYounger: string };
}

export async function createApplyTestFamily(): Promise<ApplyTestFamily> {
  const record = await createCitizenWithFamily(db, {
    asOf: "2026-11-01",
    adjust: (description) => {
      description.members = [
        person("Омарова", "Динара", "female", "1990-03-12", { role: "PARENT", relation: "мать" }),
        person("Омаров", "Серик", "male", "1987-07-02", { role: "PARENT", relation: "отец", employed: true, monthlyIncomeTenge: 120_000 }),
        person("Омаров", "Арман", "male", "2012-01-20", { role: "CHILD", relation: "сын", education: "SCHOOL", excellentStudent: true }),
        person("Омарова", "Алия", "female", "2015-05-05", { role: "CHILD", relation: "дочь", education: "SCHOOL" }),
        person("Омаров", "Нурлан", "male", "2021-02-14", { role: "CHILD", relation: "сын", education: "PRESCHOOL" }),
        person("Омарова", "Айша", "female", "2023-04-18", { role: "CHILD", relation: "дочь", education: "PRESCHOOL" }),
      ];
      description.applicantIndex = 0;
      description.otherMonthlyIncomeTenge = 0;
      description.difficultLifeSituation = null;
      description.housing = { inHousingQueue: true, ownsHome: false, savingsTenge: 500_000, apartmentPriceTenge: 22_000_000 };
    },
  });
  const [mother, father, eldest, second, kindergartenOlder, kindergartenYounger] = record.members.map((member) => member.id);
  return {
    actor: { id: record.user.id, role: "CITIZEN", district: null },
    familyId: record.family.id,
    memberIds: { mother: mother!, father: father!, eldest: eldest!, second: second!, kindergartenOlder: kindergartenOlder!, kindergartenYounger: kindergartenYounger! },
  };
}

/** Sends SMS of this test file to a folder of its own, never the developer's outbox. */
export function useTemporaryOutbox(): string {
  const folder = mkdtempSync(join(tmpdir(), "bakytty-apply-outbox-"));
  process.env.APP_DATA_DIR = folder;
  return folder;
}

/** The code in the latest SMS sent to `phone`. */
export function latestCodeSentTo(outbox: string, phone: string): string {
  const lines = readFileSync(join(outbox, "outbox", "messages.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as { to: string; body: string });
  const body = lines.filter((line) => line.to === phone).at(-1)?.body ?? "";
  const code = /\b(\d{6})\b/.exec(body)?.[1];
  if (!code) throw new Error(`no code sent to ${phone}`);
  return code;
}

/** Records every adult's consent the way the consent page does: SMS code plus the boxes. */
export async function recordAllConsents(family: ApplyTestFamily, outbox: string, now = TEST_NOW): Promise<void> {
  const sent = await sendConsentCode(family.actor, { now, renderBody: (code) => `code ${code}` });
  if (sent.kind !== "sent") throw new Error(`code not sent: ${sent.kind}`);
  const user = await db.user.findUniqueOrThrow({ where: { id: family.actor.id }, select: { phone: true } });
  const overview = await getOwnConsentOverview(family.actor, now);
  const others = overview.adults.filter((adult) => !adult.isApplicant).map((adult) => adult.memberId);
  const result = await confirmConsent(family.actor, { code: latestCodeSentTo(outbox, user.phone!), confirmMemberIds: others, applicantAgrees: "yes" }, { now });
  if (result.kind !== "recorded") throw new Error(`consent not recorded: ${result.kind}`);
}
