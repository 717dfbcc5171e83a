// A labelled checkbox; the whole label is the click target (at least 24 px high).
export function CheckboxField({ name, label, defaultChecked, hint }: { name: string; label: string; defaultChecked?: boolean; hint?: string }) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        name={name}
        type="checkbox"
        defaultChecked={defaultChecked}
        aria-describedby={hintId}
        className="mt-0.5 size-7 shrink-0 accent-emerald-800 focus:outline-none focus:ring-4 focus:ring-amber-400"
      />
      <div>
        <label htmlFor={id} className="inline-block min-h-7 py-0.5">
          {label}
        </label>
        {hint ? (
          <p id={hintId} className="text-sm text-slate-700">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
