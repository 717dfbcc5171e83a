// `npm run bench:engine`: the eligibility engine over 100,000 synthetic families (fixed
// seed), every measure with its full trace, against json-rules-engine running the four
// core rules on the same families. Prints figures; fails if the verdicts disagree.
// Targets (issue 3): ≥ 200,000 families/s on one core, ≥ 20× json-rules-engine, < 300 MB.
import { cpus } from "node:os";
import { writeBenchResult } from "./support/bench-result";
import type { EngineFigures } from "./report/figure-types";
import * as engine from "../lib/eligibility/evaluate";
import * as jsonRulesEnginePeer from "../lib/eligibility/json-rules-engine-peer";
import { DEFAULT_PARAMETERS } from "../lib/eligibility/parameters/definitions";
import { resolveParameterSet } from "../lib/eligibility/parameters/resolve";
import { renderTrace } from "../lib/eligibility/render";
import type { MeasureCode } from "../lib/eligibility/measure-codes";
import type { Education, Family, FamilyMember } from "../lib/eligibility/types";

// Both sides' entry points bound once: under tsx a named import is re-read through export
// getters at every call (see "Imports on the hot path" in lib/eligibility/evaluate.ts).
const { evaluateFamilyWithParameters } = engine;
const { createCoreRulesEngine, evaluateCoreRules } = jsonRulesEnginePeer;

const FAMILIES = 100_000;
const SEED = 20_260_301;
const AS_OF = "2026-03-01";

// mulberry32: a tiny PRNG with a fixed seed, so every run sees the same families.
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function generateFamilies(count: number, random: () => number): Family[] {
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const chance = (probability: number) => random() < probability;
  const birthDateAtAge = (age: number) => {
    const year = 2026 - age - (chance(0.5) ? 1 : 0);
    return `${year}-${String(between(1, 12)).padStart(2, "0")}-${String(between(1, 28)).padStart(2, "0")}`;
  };
  const educationAt = (age: number): Education =>
    age < 6 ? "preschool" : age < 17 ? "school" : age < 24 ? (chance(0.5) ? "college" : "university") : "none";

  const families: Family[] = [];
  for (let index = 0; index < count; index++) {
    const members: FamilyMember[] = [];
    const parents = chance(0.25) ? 1 : 2;
    for (let p = 0; p < parents; p++) {
      members.push({
        id: `parent-${p + 1}`,
        role: "parent",
        birthDate: birthDateAtAge(between(20, 62)),
        monthlyIncomeTenge: chance(0.3) ? 0 : between(20, 400) * 1_000,
        employed: chance(0.1) ? undefined : chance(0.65),
      });
    }
    if (chance(0.15)) members.push({ id: "grandparent", role: "other", birthDate: birthDateAtAge(between(55, 85)), monthlyIncomeTenge: between(60, 150) * 1_000 });
    const children = between(0, 8);
    for (let c = 0; c < children; c++) {
      const age = between(0, 25);
      members.push({
        id: `child-${c + 1}`,
        role: "child",
        birthDate: birthDateAtAge(age),
        education: educationAt(age),
        fullTimeStudent: age >= 17 && chance(0.5),
        excellentStudent: age >= 7 && chance(0.2),
        disability: chance(0.03),
        homeSchooled: chance(0.02),
        employed: age >= 18 ? chance(0.4) : undefined,
      });
    }
    families.push({
      members,
      otherMonthlyIncomeTenge: chance(0.2) ? between(5, 80) * 1_000 : undefined,
      housing: chance(0.7)
        ? {
            inHousingQueue: chance(0.5),
            ownsHome: chance(0.3),
            savingsTenge: chance(0.6) ? between(0, 3_000) * 1_000 : undefined,
            apartmentPriceTenge: chance(0.6) ? between(8_000, 20_000) * 1_000 : undefined,
          }
        : undefined,
      difficultLifeSituation: chance(0.05) ? "loss of breadwinner" : undefined,
    });
  }
  return families;
}

const MB = 1024 * 1024;
let peakHeap = 0;
let peakRss = 0;
function sampleMemory(): void {
  const usage = process.memoryUsage();
  if (usage.heapUsed > peakHeap) peakHeap = usage.heapUsed;
  if (usage.rss > peakRss) peakRss = usage.rss;
}

async function main(): Promise<void> {
  const families = generateFamilies(FAMILIES, createRandom(SEED));
  sampleMemory();
  const params = resolveParameterSet(DEFAULT_PARAMETERS, AS_OF);

  // Warm-up so the timed pass measures optimised code, not the JIT.
  for (let index = 0; index < 20_000; index++) evaluateFamilyWithParameters(families[index % FAMILIES] as Family, params);

  // Engine: every measure, full trace (reason keys, values, parameters with dates).
  const engineVerdicts = new Uint8Array(FAMILIES);
  let eligibleMeasures = 0;
  let reasons = 0;
  const engineStart = process.hrtime.bigint();
  for (let index = 0; index < FAMILIES; index++) {
    const trace = evaluateFamilyWithParameters(families[index] as Family, params);
    const measures = trace.measures;
    engineVerdicts[index] =
      (trace.facts.isLargeFamily ? 1 : 0) |
      (trace.facts.isLowIncome ? 2 : 0) |
      (measures[3]?.outcome === "eligible" ? 4 : 0) |
      (measures[4]?.outcome === "eligible" ? 8 : 0);
    for (const measure of measures) {
      reasons += measure.reasons.length;
      if (measure.outcome === "eligible") eligibleMeasures++;
    }
    if ((index & 0x3fff) === 0) sampleMemory();
  }
  const engineSeconds = Number(process.hrtime.bigint() - engineStart) / 1e9;
  sampleMemory();
  const engineRate = FAMILIES / engineSeconds;

  // The engine on the same four core rules as the peer, with their traces: utilities
  // compensation carries the large-family and low-income reasons, then kindergarten and
  // scholarship. This is the like-for-like comparison.
  const CORE_MEASURES: readonly MeasureCode[] = ["UTILITIES_COMPENSATION", "FREE_KINDERGARTEN", "SCHOLARSHIP"];
  for (let index = 0; index < 20_000; index++) evaluateFamilyWithParameters(families[index] as Family, params, CORE_MEASURES);
  let coreMismatches = 0;
  const coreStart = process.hrtime.bigint();
  for (let index = 0; index < FAMILIES; index++) {
    const trace = evaluateFamilyWithParameters(families[index] as Family, params, CORE_MEASURES);
    const bits =
      (trace.facts.isLargeFamily ? 1 : 0) |
      (trace.facts.isLowIncome ? 2 : 0) |
      (trace.measures[1]?.outcome === "eligible" ? 4 : 0) |
      (trace.measures[2]?.outcome === "eligible" ? 8 : 0);
    if (bits !== engineVerdicts[index]) coreMismatches++;
    if ((index & 0x3fff) === 0) sampleMemory();
  }
  const coreRate = FAMILIES / (Number(process.hrtime.bigint() - coreStart) / 1e9);
  sampleMemory();

  // The same engine with every message rendered (what the API does), on a sample.
  const RENDERED = 20_000;
  const renderStart = process.hrtime.bigint();
  let renderedChars = 0;
  for (let index = 0; index < RENDERED; index++) {
    const response = renderTrace(evaluateFamilyWithParameters(families[index] as Family, params), "ru");
    renderedChars += response.measures.length;
  }
  const renderRate = RENDERED / (Number(process.hrtime.bigint() - renderStart) / 1e9);
  sampleMemory();

  // json-rules-engine: the four core rules, facts derived per family, sequential runs.
  const peer = createCoreRulesEngine(params);
  for (let index = 0; index < 2_000; index++) await evaluateCoreRules(peer, families[index] as Family, params);
  let disagreements = 0;
  let firstDisagreement = -1;
  const peerStart = process.hrtime.bigint();
  for (let index = 0; index < FAMILIES; index++) {
    const verdicts = await evaluateCoreRules(peer, families[index] as Family, params);
    const bits =
      (verdicts.isLargeFamily ? 1 : 0) |
      (verdicts.isLowIncome ? 2 : 0) |
      (verdicts.isKindergartenEligible ? 4 : 0) |
      (verdicts.isScholarshipEligible ? 8 : 0);
    if (bits !== engineVerdicts[index]) {
      disagreements++;
      if (firstDisagreement < 0) firstDisagreement = index;
    }
    if ((index & 0x3fff) === 0) sampleMemory();
  }
  const peerSeconds = Number(process.hrtime.bigint() - peerStart) / 1e9;
  sampleMemory();
  const peerRate = FAMILIES / peerSeconds;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;

  const counts = [0, 0, 0, 0];
  for (const bits of engineVerdicts) for (let bit = 0; bit < 4; bit++) if (bits & (1 << bit)) counts[bit]!++;
  const format = (value: number) => Math.round(value).toLocaleString("en-US");

  console.log(`Eligibility engine benchmark — ${FAMILIES.toLocaleString("en-US")} families, seed ${SEED}, asOf ${AS_OF}`);
  console.log(`machine: ${cpus().length} CPU(s) (${cpus()[0]?.model.trim() ?? "unknown"}), node ${process.version}, single thread`);
  console.log(
    `verdicts: large ${format(counts[0]!)}, low income ${format(counts[1]!)}, kindergarten ${format(counts[2]!)}, scholarship ${format(counts[3]!)}; ` +
      `${format(eligibleMeasures)} eligible measures, ${format(reasons)} reasons traced`,
  );
  console.log(`engine, 11 measures with full traces: ${format(engineRate)} families/s (${engineSeconds.toFixed(3)} s)`);
  console.log(`engine, the 4 core rules with traces: ${format(coreRate)} families/s`);
  console.log(`engine + rendering every message (ru), ${format(RENDERED)} families: ${format(renderRate)} families/s (${renderedChars} measures)`);
  console.log(`json-rules-engine, 4 core rules: ${format(peerRate)} families/s (${peerSeconds.toFixed(3)} s)`);
  console.log(`speed ratio, same 4 core rules (engine ÷ json-rules-engine): ${(coreRate / peerRate).toFixed(1)}×`);
  console.log(`speed ratio, engine with all 11 measures ÷ json-rules-engine with 4 rules: ${(engineRate / peerRate).toFixed(1)}×`);
  console.log(`peak memory: RSS ${format(Math.max(peakRss / MB, maxRssMb))} MB, heap used ${format(peakHeap / MB)} MB`);
  console.log(`agreement on the 4 core verdicts: ${disagreements === 0 ? "all families agree" : `${disagreements} disagreements (first at family ${firstDisagreement})`}`);

  const misses: string[] = [];
  if (disagreements > 0 || coreMismatches > 0) misses.push("verdicts disagree");
  if (engineRate < 200_000) misses.push("below 200,000 families/s");
  if (coreRate / peerRate < 20) misses.push("below 20× json-rules-engine");
  if (Math.max(peakRss / MB, maxRssMb) >= 300) misses.push("300 MB or more");
  console.log(misses.length === 0 ? "targets: all met" : `targets missed: ${misses.join(", ")}`);
  writeBenchResult<EngineFigures>("engine", {
    families: FAMILIES,
    engineFamiliesPerSecond: engineRate,
    coreRulesFamiliesPerSecond: coreRate,
    renderedFamiliesPerSecond: renderRate,
    jsonRulesEngineFamiliesPerSecond: peerRate,
    ratioSameRules: coreRate / peerRate,
    ratioAllMeasures: engineRate / peerRate,
    peakRssMb: Math.max(peakRss / MB, maxRssMb),
    peakHeapMb: peakHeap / MB,
    disagreements: disagreements + coreMismatches,
  });
  if (disagreements > 0 || coreMismatches > 0) process.exitCode = 1;
}

void main();
