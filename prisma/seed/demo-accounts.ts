// The demo accounts, one per role, for development, the README and the end-to-end tests.
// DEVELOPMENT ONLY: the password is public. The seed refuses nothing about production by
// itself, so never run `npm run db:seed` against a production database.
import type { District, Role } from "@/prisma/generated/enums";
import type { ApplicationPlan, FamilyDescription, MemberDescription } from "./factories";
import type { Sex } from "./names";

/** The one documented development password of all four demo accounts. */
export const DEMO_PASSWORD = "Bakytty-Demo-2026";

export interface DemoAccount {
  role: Role;
  /** Checksum-valid IIN (serials 99xx, outside the ranges the seed and test factories use). */
  iin: string;
  fullName: string;
  password: string;
  district: District | null;
  /** Fixed user id, so tests and links can refer to the account. */
  userId: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: "CITIZEN", iin: "890903499018", fullName: "Сулейменова Айгерим Нурлановна", password: DEMO_PASSWORD, district: null, userId: "usr_demo_citizen" },
  { role: "CASEWORKER", iin: "900125499073", fullName: "Оспанова Динара Канатовна", password: DEMO_PASSWORD, district: "ALMALY", userId: "usr_demo_caseworker" },
  { role: "SUPERVISOR", iin: "790708399080", fullName: "Петров Андрей Сергеевич", password: DEMO_PASSWORD, district: null, userId: "usr_demo_supervisor" },
  { role: "ADMIN", iin: "831119399091", fullName: "Жумабаев Нурлан Ерланович", password: DEMO_PASSWORD, district: null, userId: "usr_demo_admin" },
];

export function demoAccount(role: Role): DemoAccount {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  return account;
}

function member(
  iin: string,
  [surname, firstName, patronymic]: readonly [string, string, string],
  sex: Sex,
  birthDate: string,
  rest: Partial<MemberDescription> & Pick<MemberDescription, "role" | "relation">,
): MemberDescription {
  return {
    iin, name: { surname, firstName, patronymic }, sex, birthDate,
    education: "NONE", fullTimeStudent: false, excellentStudent: false, disability: false,
    homeSchooled: false, employed: false, monthlyIncomeTenge: 0, ...rest,
  };
}

/**
 * The demo citizen's family: two parents and four children (17, 13, 9 and 4 years old on
 * 2026-11-01) in Almaly district; a large, low-income family (160,000 tenge for six people,
 * below the poverty line of 35,596 per person) in the housing queue since 2016. The eldest
 * is an excellent pupil and the youngest is of kindergarten age.
 */
export const DEMO_CITIZEN_FAMILY: Omit<FamilyDescription, "payoutAccount"> = {
  district: "ALMALY",
  address: "г. Алматы, Алмалинский район, улица Толе би, д. 187, кв. 54",
  otherMonthlyIncomeTenge: 0,
  difficultLifeSituation: null,
  members: [
    member("890903499018", ["Сулейменова", "Айгерим", "Нурлановна"], "female", "1989-09-03", { role: "PARENT", relation: "мать" }),
    member("860412399027", ["Сулейменов", "Ерлан", "Маратович"], "male", "1986-04-12", {
      role: "PARENT", relation: "отец", employed: true, monthlyIncomeTenge: 160_000,
    }),
    member("090521599030", ["Сулейменов", "Алихан", "Ерланович"], "male", "2009-05-21", {
      role: "CHILD", relation: "сын", education: "SCHOOL", excellentStudent: true,
    }),
    member("130211699041", ["Сулейменова", "Аружан", "Ерлановна"], "female", "2013-02-11", { role: "CHILD", relation: "дочь", education: "SCHOOL" }),
    member("171030599051", ["Сулейменов", "Нурислам", "Ерланович"], "male", "2017-10-30", { role: "CHILD", relation: "сын", education: "SCHOOL" }),
    member("220615699067", ["Сулейменова", "Томирис", "Ерлановна"], "female", "2022-06-15", { role: "CHILD", relation: "дочь", education: "PRESCHOOL" }),
  ],
  applicantIndex: 0,
  phone: "+77015550123",
  locale: "ru",
  housing: { inHousingQueue: true, ownsHome: false, savingsTenge: 800_000, apartmentPriceTenge: 14_000_000 },
  queue: { category: "LARGE_FAMILY", registeredAt: "2016-03-14" },
  createdAt: new Date("2025-03-10T09:15:00.000Z"),
};

/** Member indexes in DEMO_CITIZEN_FAMILY.members. */
const ELDEST_PUPIL = 2;
const KINDERGARTEN_CHILD = 5;

/**
 * The demo family's applications, one per status a citizen meets most: the housing
 * certificate is with the demo caseworker, the utilities application waits for the
 * family's answer, the scholarship is being paid.
 */
export const DEMO_APPLICATION_PLANS: readonly (Omit<ApplicationPlan, "memberId"> & { memberIndex: number | null })[] = [
  { measure: "HOUSING_CERTIFICATE", memberIndex: null, status: "IN_REVIEW" },
  { measure: "FREE_KINDERGARTEN", memberIndex: KINDERGARTEN_CHILD, status: "APPROVED" },
  // Approved in August, so the September and October runs paid it and November's is scheduled.
  { measure: "SCHOLARSHIP", memberIndex: ELDEST_PUPIL, status: "APPROVED", startDaysBefore: [95, 85] },
  { measure: "UTILITIES_COMPENSATION", memberIndex: null, status: "INFORMATION_REQUESTED" },
  { measure: "RETRAINING_COURSES", memberIndex: null, status: "SUBMITTED" },
  { measure: "ONE_TIME_ASSISTANCE", memberIndex: null, status: "REJECTED", reasonCode: "SITUATION_NOT_CONFIRMED" },
  { measure: "DOWN_PAYMENT_SUBSIDY", memberIndex: null, status: "DRAFT" },
];
