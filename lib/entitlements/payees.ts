// Who receives an entitlement's money. The default housing payee is shared with the seed
// (prisma/seed/entitlement-payments.ts), unless the family named its bank or developer.
import { readAnswers } from "@/lib/applications/flows/answers";

export const DEFAULT_HOUSING_PAYEE = "АО «Отбасы банк» — на первоначальный взнос";

/** A Kazakh IBAN (KZ, 2 check digits, 16 characters). */
export const KAZAKH_IBAN = /^KZ\d{2}[0-9A-Z]{16}$/;

/** The bank or developer named in the application's answers, or the default bank. */
export function housingPayeeOf(answers: unknown): string {
  return readAnswers(answers).lender?.trim() || DEFAULT_HOUSING_PAYEE;
}

/**
 * The family's account: the IBAN of its latest payment to the family, when there is one.
 * The portal does not yet ask families for an account, so a family never paid before is
 * named by its applicant, for the payments team to match with the account on file.
 */
export function familyPayeeOf(previousPayees: readonly string[], applicantName: string): string {
  return previousPayees.find((payee) => KAZAKH_IBAN.test(payee)) ?? `Счёт заявителя: ${applicantName}`;
}
