import type { District } from "@/prisma/generated/enums";

export const DISTRICTS: readonly District[] = [
  "ALATAU", "ALMALY", "AUEZOV", "BOSTANDYK", "ZHETYSU", "MEDEU", "NAURYZBAY", "TURKSIB",
];

// Rough population shares of Almaty's districts (thousands), so the caseload looks real.
export const DISTRICT_WEIGHTS: readonly (readonly [District, number])[] = [
  ["ALATAU", 320], ["ALMALY", 220], ["AUEZOV", 310], ["BOSTANDYK", 380],
  ["ZHETYSU", 200], ["MEDEU", 230], ["NAURYZBAY", 200], ["TURKSIB", 250],
];
