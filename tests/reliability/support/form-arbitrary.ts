// fast-check arbitraries of hostile form posts: the schema's own fields and a few that must
// never be accepted (status, amount, familyId…), with values that are valid-looking (enum
// values, real record ids, numbers, dates) or not (random unicode, huge, empty, NUL bytes,
// numbers as odd strings). Each field may be posted more than once (checkbox lists).
import fc from "fast-check";
import type { SchemaVocabulary } from "./schema-vocabulary";

export type FormEntries = [string, string][];

/** Fields a mass-assignment attempt would add. */
const FORBIDDEN_FIELDS = ["status", "amount", "amountTenge", "familyId", "role", "userId", "id", "version", "decidedAt", "assigneeId", "__proto__", "constructor"];

const HUGE = "Ж".repeat(100_000);

function valueArbitrary(vocabulary: SchemaVocabulary, ids: readonly string[]): fc.Arbitrary<string> {
  const plausible: fc.Arbitrary<string>[] = [
    fc.constantFrom("1", "2", "3", "0", "10", "2026-12-01", "2026-11", "2027-01", "yes", "on", "true", "1000000", "150000", "Алматы, ул. Абая 10, кв. 5", "Документы не подтверждают ситуацию семьи."),
    fc.integer({ min: -1_000_000, max: 50_000_000_000 }).map(String),
  ];
  if (vocabulary.values.length) plausible.push(fc.constantFrom(...vocabulary.values));
  if (ids.length) plausible.push(fc.constantFrom(...ids));
  return fc.oneof(
    { weight: 5, arbitrary: fc.oneof(...plausible) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constantFrom("", " ", HUGE, "\u0000", "a\u0000b", "1\u0000", "NaN", "Infinity", "-0", "1e309", "0x10", " 12 ", "１２３", "null", "undefined", "[]", "{}", "<script>alert(1)</script>", "' OR 1=1 --") },
    { weight: 1, arbitrary: fc.oneof(...plausible).map((value) => `${value}\u0000`) },
  );
}

export function formArbitrary(vocabulary: SchemaVocabulary, ids: readonly string[]): fc.Arbitrary<FormEntries> {
  const value = valueArbitrary(vocabulary, ids);
  const ownFields = vocabulary.fields.length ? fc.subarray(vocabulary.fields) : fc.constant<string[]>([]);
  const strangeField = fc.oneof(fc.constantFrom(...FORBIDDEN_FIELDS), fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }));
  const extraFields = fc.oneof({ weight: 3, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.array(strangeField, { minLength: 1, maxLength: 3 }) });
  return fc
    .tuple(ownFields, extraFields)
    .chain(([own, extra]) =>
      fc.tuple(...[...own, ...extra].map((field) => fc.array(value, { minLength: 1, maxLength: 2 }).map((values) => values.map((entry): [string, string] => [field, entry])))),
    )
    .map((groups) => groups.flat());
}

export function formDataOf(entries: FormEntries): FormData {
  const form = new FormData();
  for (const [field, value] of entries) form.append(field, value);
  return form;
}
