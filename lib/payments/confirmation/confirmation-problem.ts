// What can be wrong with a bank confirmation file. Each problem is a message key in the
// payments namespace (payments.importErrors.<code>) with the values it names, so the
// reader sees the line and the problem in their language.
export type ConfirmationProblemCode =
  | "empty"
  | "tooLarge"
  | "alreadyImported"
  | "unreadable"
  | "headerInvalid"
  | "controlMissing"
  | "controlInvalid"
  | "rowAfterControl"
  | "columnCount"
  | "paymentIdMissing"
  | "duplicatePayment"
  | "statusUnknown"
  | "amountInvalid"
  | "referenceMissing"
  | "reasonMissing"
  | "countMismatch"
  | "totalMismatch"
  | "notInRun"
  | "notSent"
  | "amountDiffers";

export interface ConfirmationProblem {
  code: ConfirmationProblemCode;
  /** 1-based line of the file, when the problem is on one line. */
  line?: number;
  values?: Record<string, string | number>;
}

/** More than this many problems are not listed: the file is wrong as a whole. */
export const MAX_LISTED_PROBLEMS = 20;

export const MAX_CONFIRMATION_BYTES = 5 * 1024 * 1024;
