import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "link";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-emerald-800 text-white hover:bg-emerald-900 shadow-[0_2px_0_#022c22]",
  secondary: "bg-slate-200 text-slate-900 hover:bg-slate-300 shadow-[0_2px_0_#475569]",
  link: "bg-transparent text-blue-800 underline hover:text-blue-950 px-0",
};

export function Button({ variant = "primary", className, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      className={`min-h-11 rounded px-4 py-2 text-base font-semibold focus:outline-none focus:ring-4 focus:ring-amber-400 disabled:opacity-60 ${VARIANTS[variant]} ${className ?? ""}`}
      {...props}
    />
  );
}
