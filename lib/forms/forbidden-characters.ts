// PostgreSQL text cannot hold U+0000: a NUL reaching a query fails with "invalid byte
// sequence" — a 500 for what is only bad input. No keyboard types it, so a form value that
// holds one was made by hand; every form reader refuses it before the schema runs, with
// the same answer as an unexpected field. (Found by tests/reliability/fuzz-form-inputs.)
const NUL = "\u0000";

/** True when any value of a form record (strings or lists of strings) holds a NUL character. */
export function formRecordHasNul(record: Readonly<Record<string, unknown>>): boolean {
  return Object.values(record).some((value) =>
    typeof value === "string" ? value.includes(NUL) : Array.isArray(value) && value.some((item) => typeof item === "string" && item.includes(NUL)),
  );
}
