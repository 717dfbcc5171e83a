// The one input of a payment run, from the form and the CLI.
import { z } from "zod";
import { isPeriodMonth } from "./period-month";

export const runPaymentsSchema = z.strictObject({
  periodMonth: z.string({ error: "monthRequired" }).trim().refine(isPeriodMonth, { error: "monthInvalid" }),
});
