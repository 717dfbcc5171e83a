// A single labelled checkbox for the GET filter form; the label is part of the target,
// so the clickable area is well over 24 px.
export function CheckboxField({ name, value, label, defaultChecked }: { name: string; value: string; label: string; defaultChecked: boolean }) {
  const id = `field-${name}`;
  return (
    <div className="flex items-center gap-3">
      <input id={id} type="checkbox" name={name} value={value} defaultChecked={defaultChecked} className="size-6 accent-emerald-800 focus:ring-4 focus:ring-amber-400" />
      <label htmlFor={id} className="min-h-6 font-semibold text-slate-900">
        {label}
      </label>
    </div>
  );
}
