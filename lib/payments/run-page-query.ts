// The run page's query string (?status=PAID&page=2). A link typed by hand with a wrong
// value shows the first page of all payments rather than an error page.
import { z } from "zod";
import { PaymentStatus } from "@/prisma/generated/enums";

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const runPageQuerySchema = z.object({
  status: z.preprocess(single, z.enum(PaymentStatus).nullable().catch(null)).default(null),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(1_000_000).catch(1)).default(1),
});
