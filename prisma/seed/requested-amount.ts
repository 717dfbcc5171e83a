import type { ResolvedParameters } from "@/lib/eligibility/parameters/resolve";
import type { Measure } from "@/prisma/generated/enums";
import type { FamilyRecord } from "./family-record";
import type { Random } from "./random";

/** The amount asked for or computed at submission, in tenge (null for non-cash measures). */
export function requestedAmount(random: Random, measure: Measure, family: FamilyRecord, memberId: string | null, parameters: ResolvedParameters): number | null {
  const value = (key: keyof ResolvedParameters["byKey"]) => parameters.byKey[key].value;
  switch (measure) {
    case "HOUSING_CERTIFICATE":
      return value("HOUSING_CERTIFICATE_TENGE");
    case "DOWN_PAYMENT_SUBSIDY":
    case "PREFERENTIAL_MORTGAGE": {
      const price = family.description.housing.apartmentPriceTenge ?? 20_000_000;
      const downPayment = Math.round((price * value("MORTGAGE_DOWN_PAYMENT_PERCENT")) / 100);
      return measure === "DOWN_PAYMENT_SUBSIDY" ? downPayment : price - downPayment;
    }
    case "SCHOLARSHIP": {
      const member = family.facts.members.find((candidate) => candidate.id === memberId);
      return member?.education === "SCHOOL" ? value("SCHOLARSHIP_SCHOOL_TENGE") : value("SCHOLARSHIP_HIGHER_EDUCATION_TENGE");
    }
    case "UTILITIES_COMPENSATION":
      return value("UTILITIES_COMPENSATION_TENGE");
    case "HOME_SCHOOLING_REIMBURSEMENT":
      return value("HOME_SCHOOLING_REIMBURSEMENT_TENGE");
    case "ONE_TIME_ASSISTANCE":
      return value("MCI_TENGE") * random.int(10, value("ONE_TIME_ASSISTANCE_CAP_MCI"));
    default:
      return null;
  }
}
