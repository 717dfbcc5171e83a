// The ledger page's query string (?year=2026); a missing or odd year means this year.
import { z } from "zod";

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export function ledgerQuerySchema(currentYear: number) {
  return z.object({
    year: z.preprocess(single, z.coerce.number().int().min(2000).max(2100).catch(currentYear)).default(currentYear),
  });
}
