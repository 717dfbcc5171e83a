"use client";

// A one-button step of a version (remove a change, submit, withdraw): hidden ids and a
// button, so it works without JavaScript; a refusal or success is shown above the button.
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/form-state";

export function StepForm({
  action,
  fields,
  children,
  variant = "primary",
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  children: React.ReactNode;
  variant?: "primary" | "secondary";
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const style =
    variant === "primary"
      ? "bg-emerald-800 text-white hover:bg-emerald-900 shadow-[0_2px_0_#022c22]"
      : "bg-slate-200 text-slate-900 hover:bg-slate-300 shadow-[0_2px_0_#475569]";
  return (
    <form action={formAction} className="space-y-2">
      {state.status === "error" && state.formError ? <Alert tone="error" title={state.formError} live /> : null}
      {state.status === "success" && state.message ? <Alert tone="success" title={state.message} live /> : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className={`min-h-11 rounded px-4 py-2 font-semibold focus:outline-none focus:ring-4 focus:ring-amber-400 disabled:opacity-60 ${style}`}
      >
        {children}
      </button>
    </form>
  );
}
