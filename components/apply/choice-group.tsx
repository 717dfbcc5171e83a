// A fieldset of radios or checkboxes (GOV.UK's radios/checkboxes): the legend names the
// question, each option has a large target, hint and error are tied to the group.
export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

export interface ChoiceGroupProps {
  type: "radio" | "checkbox";
  name: string;
  legend: string;
  /** Renders the legend as the page's h1, for pages that ask one question. */
  isPageHeading?: boolean;
  hint?: string;
  error?: string;
  options: ChoiceOption[];
  checked: readonly string[];
}

export function ChoiceGroup({ type, name, legend, isPageHeading = false, hint, error, options, checked }: ChoiceGroupProps) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className={`space-y-3 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <legend className={isPageHeading ? "mb-2" : "mb-2 font-semibold"}>
        {isPageHeading ? <h1 className="text-3xl font-bold">{legend}</h1> : legend}
      </legend>
      {hint ? (
        <p id={hintId} className="text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="font-semibold text-red-700">
          {error}
        </p>
      ) : null}
      <div className="space-y-2">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index}`;
          const optionHintId = option.hint ? `${optionId}-hint` : undefined;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                id={optionId}
                type={type}
                name={name}
                value={option.value}
                defaultChecked={checked.includes(option.value)}
                aria-describedby={optionHintId}
                className="mt-0.5 h-7 w-7 shrink-0 accent-emerald-800 focus:outline-none focus:ring-4 focus:ring-amber-400"
              />
              <label htmlFor={optionId} className="min-h-7 cursor-pointer">
                <span className="block">{option.label}</span>
                {option.hint ? (
                  <span id={optionHintId} className="block text-sm text-slate-700">
                    {option.hint}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
