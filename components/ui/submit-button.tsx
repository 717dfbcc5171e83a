"use client";

import { useFormStatus } from "react-dom";
import { Button } from "./button";

/** A submit button that cannot be pressed twice while its form is being sent. */
export function SubmitButton({ children }: { children: React.ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending}>
      {children}
    </Button>
  );
}
