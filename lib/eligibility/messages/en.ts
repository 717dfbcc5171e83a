// English messages. The key set defined here is the contract: ru.ts and kk.ts must
// provide every key (enforced by `satisfies`), and the engine may only emit these keys.
import type { Template } from "./template";

export const en = {
  "low_income.passed": (v) =>
    `Income per family member is ${v.money("perCapitaIncomeTenge")} a month (${v.money("totalIncomeTenge")} for ${v.people("members")}), at or below the poverty line of ${v.param("povertyLineTenge")}: ${v.param("povertyLinePercent")} of the subsistence minimum of ${v.param("subsistenceMinimumTenge")}.`,
  "low_income.failed": (v) =>
    `Income per family member is ${v.money("perCapitaIncomeTenge")} a month (${v.money("totalIncomeTenge")} for ${v.people("members")}), above the poverty line of ${v.param("povertyLineTenge")}: ${v.param("povertyLinePercent")} of the subsistence minimum of ${v.param("subsistenceMinimumTenge")}.`,
  "large_family.passed": (v) =>
    `The family is a large family: ${v.children("countedChildren")} counted, at least ${v.param("largeFamilyMinChildren")} needed (children under ${v.years("minorAgeYears")}, and full-time students under ${v.years("studentUnderAgeYears")}; ${v.since("minorAgeYears", "studentUnderAgeYears")}).`,
  "large_family.failed": (v) =>
    `The family is not a large family: ${v.children("countedChildren")} counted, at least ${v.param("largeFamilyMinChildren")} needed (children under ${v.years("minorAgeYears")}, and full-time students under ${v.years("studentUnderAgeYears")}; ${v.since("minorAgeYears", "studentUnderAgeYears")}).`,
  "large_or_incomplete_family.large": (v) =>
    `The family qualifies as a large family: ${v.children("countedChildren")} counted, at least ${v.param("largeFamilyMinChildren")} needed.`,
  "large_or_incomplete_family.incomplete": (v) =>
    `The family qualifies as an incomplete family: one parent and ${v.children("minorChildren")} under ${v.years("minorAgeYears")} (${v.since("minorAgeYears")}).`,
  "large_or_incomplete_family.failed": (v) =>
    `The family is neither a large family (${v.children("countedChildren")} counted, at least ${v.param("largeFamilyMinChildren")} needed) nor an incomplete family (exactly one parent with a child under ${v.years("minorAgeYears")} (${v.since("minorAgeYears")})).`,
  "in_housing_queue.passed": () => "The family is in the city's housing queue.",
  "in_housing_queue.failed": () => "The family is not in the city's housing queue.",
  "owns_no_home.passed": () => "The family owns no home.",
  "owns_no_home.failed": () => "The family owns a home.",
  "owns_no_home.unknown": () => "The family has not said whether it owns a home.",
  "apartment_price_within_cap.not_given": (v) =>
    `No apartment price was given; the price may be at most ${v.param("priceCapTenge")}.`,
  "apartment_price_within_cap.passed": (v) =>
    `The apartment price of ${v.money("apartmentPriceTenge")} is within the cap of ${v.param("priceCapTenge")}.`,
  "apartment_price_within_cap.failed": (v) =>
    `The apartment price of ${v.money("apartmentPriceTenge")} is above the cap of ${v.param("priceCapTenge")}.`,
  "mortgage_terms.computed": (v) =>
    `For an apartment at ${v.money("apartmentPriceTenge")}: down payment ${v.param("downPaymentPercent")} = ${v.money("downPaymentTenge")}, loan ${v.money("loanTenge")} at ${v.param("annualRatePercent")} a year over ${v.param("months")}, monthly payment ${v.money("monthlyPaymentTenge")}.`,
  "mortgage_eligible.passed": () => "The family qualifies for the preferential mortgage.",
  "mortgage_eligible.failed": () => "The certificate is only for families who qualify for the preferential mortgage.",
  "apartment_price_given.failed": () => "No apartment price was given, so the down payment cannot be worked out.",
  "savings_below_down_payment.passed": (v) =>
    `Savings of ${v.money("savingsTenge")} are below the down payment of ${v.money("downPaymentTenge")}.`,
  "savings_below_down_payment.failed": (v) =>
    `Savings of ${v.money("savingsTenge")} already cover the down payment of ${v.money("downPaymentTenge")}.`,
  "certificate_amount.computed": (v) =>
    `The certificate is ${v.money("amountTenge")}: the smaller of ${v.param("certificateTenge")} and the down payment of ${v.money("downPaymentTenge")}.`,
  "minor_children_for_subsidy.passed": (v) =>
    `The family has ${v.children("minorChildren")} under ${v.years("minorAgeYears")} (${v.since("minorAgeYears")}); at least ${v.param("subsidyMinMinorChildren")} needed.`,
  "minor_children_for_subsidy.failed": (v) =>
    `The family has ${v.children("minorChildren")} under ${v.years("minorAgeYears")} (${v.since("minorAgeYears")}); at least ${v.param("subsidyMinMinorChildren")} needed.`,
  "caseworker_sets_amount.subsidy": () =>
    "The family meets the conditions; a caseworker of the Department of Social Welfare will set the subsidy amount.",
  "kindergarten_child.passed": (v) =>
    `${v.text("memberId")}, aged ${v.years("age")}, is child no. ${v.number("birthOrder")} by birth: free kindergarten covers ages ${v.number("kindergartenMinAgeYears")}–${v.number("kindergartenMaxAgeYears")} from child no. ${v.number("kindergartenMinBirthOrder")} (${v.since("kindergartenMinAgeYears", "kindergartenMaxAgeYears", "kindergartenMinBirthOrder")}).`,
  "kindergarten_child.too_young": (v) =>
    `${v.text("memberId")}, aged ${v.years("age")}, is younger than ${v.years("kindergartenMinAgeYears")} (${v.since("kindergartenMinAgeYears")}).`,
  "kindergarten_child.too_old": (v) =>
    `${v.text("memberId")}, aged ${v.years("age")}, is older than ${v.years("kindergartenMaxAgeYears")} (${v.since("kindergartenMaxAgeYears")}).`,
  "kindergarten_child.birth_order": (v) =>
    `${v.text("memberId")} is child no. ${v.number("birthOrder")} by birth; free kindergarten starts from child no. ${v.number("kindergartenMinBirthOrder")} (${v.since("kindergartenMinBirthOrder")}).`,
  "kindergarten_child.none": () => "The family lists no children.",
  "scholarship_student.school": (v) =>
    `${v.text("memberId")} is an excellent schoolchild: ${v.param("scholarshipTenge")} a month.`,
  "scholarship_student.higher_education": (v) =>
    `${v.text("memberId")} is an excellent student (${v.education("education")}): ${v.param("scholarshipTenge")} a month.`,
  "scholarship_student.not_in_education": (v) =>
    `${v.text("memberId")} is marked as an excellent student but not as studying at a school, college or university.`,
  "scholarship_student.none": () => "No child is marked as an excellent student.",
  "utilities_amount.computed": (v) => `Utilities compensation: ${v.param("utilitiesCompensationTenge")} a month.`,
  "home_schooled_child_with_disability.passed": (v) =>
    `${v.text("memberId")} has a disability and is taught at home: ${v.param("reimbursementTenge")} a month.`,
  "home_schooled_child_with_disability.not_home_schooled": (v) =>
    `${v.text("memberId")} has a disability but is not marked as taught at home.`,
  "home_schooled_child_with_disability.none": () => "No child with a disability taught at home is listed.",
  "difficult_life_situation.declared": (v) =>
    `A difficult life situation is declared; a caseworker will decide the amount, at most ${v.param("assistanceCapMci")} × ${v.param("mciTenge")} = ${v.money("maxAmountTenge")}.`,
  "difficult_life_situation.not_declared": () => "No difficult life situation is declared.",
  "unemployed_working_age_adult.passed": (v) =>
    `${v.text("memberId")}, aged ${v.years("age")}, is unemployed and of working age (${v.number("workingAgeMinYears")} to under ${v.number("workingAgeUnderYears")}, ${v.since("workingAgeMinYears", "workingAgeUnderYears")}).`,
  "unemployed_working_age_adult.none": (v) =>
    `No family member is declared unemployed and of working age (${v.number("workingAgeMinYears")} to under ${v.number("workingAgeUnderYears")}, ${v.since("workingAgeMinYears", "workingAgeUnderYears")}).`,
  "open_to_every_family.passed": () =>
    "The Mothers' Center is open to every family: legal and psychological counselling and rehabilitation in one window.",
  "large_family_priority.passed": () => "As a large family, you are served first.",
  "large_family_priority.failed": () => "Large families are served first; your family is served in the general order.",

  "hint.low_income": (v) =>
    `Eligible if the family's total monthly income is at most ${v.money("maxTotalIncomeTenge")} (${v.people("members")} × ${v.param("povertyLineTenge")}); it is now ${v.money("totalIncomeTenge")}.`,
  "hint.large_family": (v) =>
    `A family is large with ${v.param("largeFamilyMinChildren")}: children under ${v.years("minorAgeYears")} count, and so do children under ${v.years("studentUnderAgeYears")} who study full time — mark them as full-time students.`,
  "hint.in_housing_queue": () => "Register in the city's housing queue (through eGov or your district akimat) to qualify.",
  "hint.apartment_price_cap": (v) => `Choose an apartment priced at most ${v.param("priceCapTenge")}.`,
  "hint.mortgage_first": () => "The certificate becomes available once the family qualifies for the preferential mortgage.",
  "hint.apartment_price_given": () => "Enter the price of the apartment to work out the down payment and the certificate.",
  "hint.kindergarten_from_date": (v) =>
    `${v.text("memberId")} becomes eligible for free kindergarten on ${v.date("fromDate")}.`,
  "hint.scholarship_education": (v) =>
    `Say whether ${v.text("memberId")} studies at a school, college or university to work out the scholarship.`,
  "hint.home_schooled": (v) => `If ${v.text("memberId")} is taught at home, mark it to receive the reimbursement.`,
  "hint.difficult_life_situation": () =>
    "If the family is in a difficult life situation (for example, the loss of a breadwinner), describe it to ask for one-time assistance.",
  "hint.declare_employment": (v) => `Say whether ${v.text("memberId")} is employed.`,
} satisfies Record<string, Template>;

export type MessageKey = keyof typeof en;
