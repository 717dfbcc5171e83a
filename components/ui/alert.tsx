type Tone = "info" | "success" | "error";

const TONES: Record<Tone, string> = {
  info: "border-blue-800 bg-blue-50",
  success: "border-emerald-800 bg-emerald-50",
  error: "border-red-700 bg-red-50",
};

/**
 * A message box. `live` makes screen readers announce it when it appears (success and
 * error messages after a form is sent); static notices stay silent.
 */
export function Alert({ tone = "info", title, children, live = false }: { tone?: Tone; title?: string; children?: React.ReactNode; live?: boolean }) {
  return (
    <div
      className={`border-l-4 p-4 ${TONES[tone]}`}
      role={live ? (tone === "error" ? "alert" : "status") : undefined}
    >
      {title ? <p className="font-bold">{title}</p> : null}
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}
