// The months a supervisor may run from the page: this month and the next (Almaty). Other
// months (catching up on an old one) go through the CLI, on purpose and on the record.
import { addMonths, currentPeriodMonth } from "./period-month";

export function runnableMonths(now: Date): [string, string] {
  const current = currentPeriodMonth(now);
  return [current, addMonths(current, 1)];
}
