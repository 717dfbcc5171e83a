// `npm run -s eligibility -- request.json` (or `-` for standard input): prints the API's
// response JSON and nothing else on standard output; problems go to standard error with
// exit code 1. Uses the parameters shipped with the code (no database).
//
// This file is an edge of the engine, like the API route: it alone may do I/O and read
// the clock (for the default asOf). The engine it calls stays pure.
import { readFileSync } from "node:fs";
import { dateInAlmaty } from "./dates";
import { evaluateFamily } from "./evaluate";
import { DEFAULT_PARAMETERS } from "./parameters/definitions";
import { findFirstCoveredDate } from "./parameters/resolve";
import { checkRequestDates, eligibilityRequestSchema, toFieldErrors, type FieldError } from "./schema";

const USAGE = "Usage: npm run -s eligibility -- <request.json | ->";

function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(1);
}

function describe(errors: FieldError[]): string[] {
  return errors.map((error) => `${error.path || "(request)"}: ${error.message}`);
}

function readInput(argument: string): string {
  try {
    return readFileSync(argument === "-" ? 0 : argument, "utf8");
  } catch (error) {
    return fail([`Cannot read ${argument === "-" ? "standard input" : argument}: ${(error as Error).message}`]);
  }
}

function main(argv: readonly string[]): void {
  const argument = argv[0];
  if (argument === undefined || argv.length > 1 || argument === "--help") fail([USAGE]);

  let json: unknown;
  try {
    json = JSON.parse(readInput(argument));
  } catch (error) {
    fail([`Malformed JSON: ${(error as Error).message}`]);
  }
  const parsed = eligibilityRequestSchema.safeParse(json);
  if (!parsed.success) fail(describe(toFieldErrors(parsed.error)));

  const asOf = parsed.data.asOf ?? dateInAlmaty(new Date());
  const dateErrors = checkRequestDates(parsed.data, asOf, findFirstCoveredDate(DEFAULT_PARAMETERS));
  if (dateErrors.length > 0) fail(describe(dateErrors));

  const response = evaluateFamily(parsed.data.family, DEFAULT_PARAMETERS, asOf, parsed.data.locale ?? "kk");
  process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
}

main(process.argv.slice(2));
