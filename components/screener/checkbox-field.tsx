import type { InputHTMLAttributes } from "react";

/** A checkbox with its label after it, large enough to tap (the whole row is the target). */
export function CheckboxField({ name, label, ...input }: Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "type"> & { name: string; label: string }) {
  const id = `field-${name}`;
  return (
    <div className="flex items-start gap-3">
      <input id={id} name={name} type="checkbox" className="mt-0.5 size-6 shrink-0 accent-emerald-800 focus:outline-none focus:ring-4 focus:ring-amber-400" {...input} />
      <label htmlFor={id} className="min-h-6">
        {label}
      </label>
    </div>
  );
}
