"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/**
 * A submit button that posts what it does (`intent`): the screener's one form has several
 * (continue, add, remove, check), and without JavaScript the intent is all the server sees.
 */
export function IntentButton({ intent, variant = "primary", children }: { intent: string; variant?: "primary" | "secondary" | "link"; children: React.ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" name="intent" value={intent} variant={variant} disabled={pending} aria-disabled={pending}>
      {children}
    </Button>
  );
}
