export { buildIin } from "./build-iin";
export { computeIinCheckDigit } from "./checksum";
export { isValidIin, parseIin, type IinParseResult, type IinProblem, type ParsedIin, type Sex } from "./parse-iin";
export { maskIin } from "./mask-iin";
