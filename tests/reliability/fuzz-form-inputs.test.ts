// Reliability: every server action's input, fuzzed with fast-check. A hostile form (random
// and forbidden fields, random unicode, huge strings, numbers as strings, empty values,
// NUL bytes) is either refused by the action's schema with field errors or unexpected
// fields (the 4xx), or it parses and the data function the action calls — as a person
// allowed to call it — succeeds or throws an AppError (a typed 4xx), never any other
// exception (a 500); and a refusal leaves the database exactly as it was (every table's
// row count and md5). The public JSON API POST /api/v1/eligibility is fuzzed the same way:
// 400 with field errors (or 413 for an oversized body), never a 500.
import { randomInt } from "node:crypto";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postEligibility } from "@/app/api/v1/eligibility/route";
import { db } from "@/lib/db/client";
import { fieldErrorsSchema } from "@/lib/eligibility/schema";
import { AppError } from "@/lib/errors/app-error";
import { parseForm } from "@/lib/forms/parse-form";
import { useTemporaryOutbox } from "../integration/applications/support/apply-test-family";
import { ACTION_REGISTRY, type FormReading, type FuzzTarget } from "./support/action-registry";
import { serverActionFiles } from "./support/action-files";
import { fingerprint, listTables, type Fingerprint } from "./support/database-fingerprint";
import { eligibilityBodyArbitrary } from "./support/eligibility-body-arbitrary";
import { formArbitrary, formDataOf, type FormEntries } from "./support/form-arbitrary";
import { createFuzzFixtures, type FuzzFixtures } from "./support/fuzz-fixtures";
import { useIsolatedGlobalDatabase, type IsolatedGlobalDatabase } from "./support/isolated-global-database";
import { schemaVocabulary } from "./support/schema-vocabulary";

/** Runs per target: enough to reach every branch of a small schema, bounded for two busy cores. */
const RUNS_PER_TARGET = 60;
const ELIGIBILITY_RUNS = 150;

let database: IsolatedGlobalDatabase;
let direct: pg.Client;
let people: FuzzFixtures;
let tables: string[];

/** A posted form in a line (values cut short: some are 100,000 characters). */
function describeForm(entries: FormEntries): string {
  return JSON.stringify(entries.map(([field, value]) => [field.slice(0, 40), value.length > 60 ? `${value.slice(0, 60)}…(${value.length} chars)` : value]));
}

function changedTables(before: Fingerprint, after: Fingerprint, allowed: readonly string[]): string[] {
  return Object.keys(after).filter((table) => !allowed.includes(table) && before[table] !== after[table]);
}

/** One fuzzed post through a target; throws a message naming the action, the form and what went wrong. */
async function postOnce(name: string, target: FuzzTarget, entries: FormEntries, state: { current: Fingerprint }): Promise<void> {
  const form = formDataOf(entries);
  const reading: FormReading = target.read ? target.read(form) : parseForm(target.schema, form);
  if (!reading.ok) {
    if (!reading.hasUnexpectedFields && Object.keys(reading.fieldErrors).length === 0) throw new Error(`${name}: refused without naming a field or an unexpected field, for ${describeForm(entries)}`);
    return;
  }
  try {
    await target.run(reading.data as never, people);
  } catch (error) {
    if (!(error instanceof AppError)) {
      const kind = error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error);
      throw new Error(`${name}: an untyped error (a 500) for ${describeForm(entries)} — ${kind}`);
    }
    const after = await fingerprint(direct, tables);
    const changed = changedTables(state.current, after, target.refusalWrites?.tables ?? []);
    if (changed.length) throw new Error(`${name}: refused with AppError ${error.code}${error.detail ? `:${error.detail}` : ""} but changed ${changed.join(", ")}, for ${describeForm(entries)}`);
    state.current = after;
    return;
  }
  // A success may write; the next refusal is compared with the database as it is now.
  state.current = await fingerprint(direct, tables);
}

beforeAll(async () => {
  database = await useIsolatedGlobalDatabase({ poolSize: 5 });
  // Uploads and SMS of this file go to a temporary folder, never the developer's.
  useTemporaryOutbox();
  direct = new pg.Client({ connectionString: database.url });
  await direct.connect();
  people = await createFuzzFixtures();
  tables = await listTables(direct, []);
}, 120_000);

afterAll(async () => {
  await direct.end();
  await db.$disconnect();
  await database.drop();
});

describe("the fuzz registry", () => {
  it("lists every \"use server\" file and every action it exports, and nothing that is gone", () => {
    const files = serverActionFiles(process.cwd());
    expect([...files.keys()].filter((file) => !(file in ACTION_REGISTRY)), "server action files missing from tests/reliability/support/action-registry.ts").toEqual([]);
    expect(Object.keys(ACTION_REGISTRY).filter((file) => !files.has(file)), "registry entries whose file is gone").toEqual([]);
    for (const [file, actions] of files) {
      const entry = ACTION_REGISTRY[file];
      if (!entry || "noFormInput" in entry) continue;
      const registered = new Set(entry.targets.flatMap((target) => target.actions));
      expect(actions.filter((action) => !registered.has(action)), `actions of ${file} missing from the registry`).toEqual([]);
    }
  });
});

describe("fuzzed server-action input: a 4xx with field errors or a typed refusal, never a 500, never a partial write", () => {
  const cases = Object.entries(ACTION_REGISTRY).flatMap(([file, entry]) =>
    "targets" in entry ? entry.targets.map((target, index) => ({ name: `${target.actions.join("/")} (${file}${entry.targets.length > 1 ? ` #${index + 1}` : ""})`, target })) : [],
  );
  for (const { name, target } of cases) it(name, async () => {
    const state = { current: await fingerprint(direct, tables) };
    const vocabulary = schemaVocabulary(target.schema);
    const result = await fc.check(
      fc.asyncProperty(formArbitrary(vocabulary, people.ids), (entries) => postOnce(name, target, entries, state)),
      { numRuns: RUNS_PER_TARGET },
    );
    // fast-check's own report would print 100,000-character values; the error above names the case.
    if (result.failed) throw new Error(`${String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance)} (seed ${result.seed}, path ${result.counterexamplePath})`);
  }, 60_000);
});

describe("fuzzed POST /api/v1/eligibility", () => {
  it("answers 200, a 400 with field errors or a 413 for an oversized body, never a 500", async () => {
    const result = await fc.check(
      fc.asyncProperty(eligibilityBodyArbitrary(), async (body) => {
        const request = new Request("http://localhost/api/v1/eligibility", {
          method: "POST",
          // A fresh client address per request: the rate limit is not what is tested here.
          headers: { "content-type": "application/json", "x-forwarded-for": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` },
          body,
        });
        const response = await postEligibility(request);
        const shown = body.length > 200 ? `${body.slice(0, 200)}…(${body.length} chars)` : body;
        if (![200, 400, 413].includes(response.status)) throw new Error(`POST /api/v1/eligibility answered ${response.status} for ${shown}`);
        if (response.status !== 200) {
          const errors = fieldErrorsSchema.safeParse(await response.json());
          if (!errors.success || errors.data.errors.length === 0) throw new Error(`POST /api/v1/eligibility answered ${response.status} without field errors for ${shown}`);
        }
      }),
      { numRuns: ELIGIBILITY_RUNS },
    );
    if (result.failed) throw new Error(`${String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance)} (seed ${result.seed}, path ${result.counterexamplePath})`);
  }, 60_000);
});
