import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { MEMBER_FLAG_FIELDS, memberFieldName, type MemberValues } from "@/lib/screener/screener-values";
import { CheckboxField } from "./checkbox-field";
import { IntentButton } from "./intent-button";
import type { ScreenerText } from "./screener-text";

const ROLES = ["parent", "child", "other"] as const;
const EDUCATION = ["none", "preschool", "school", "college", "university"] as const;

/** One person of the household: every question for everyone, since the form must work without scripts. */
export function MemberFieldset({ index, member, errors, canRemove, text }: { index: number; member: MemberValues; errors: Record<string, string>; canRemove: boolean; text: ScreenerText }) {
  const name = (field: Parameters<typeof memberFieldName>[1]) => memberFieldName(index, field);
  return (
    <fieldset className="min-w-0 space-y-4 border-2 border-slate-300 p-4">
      <legend className="px-1 text-xl font-bold">{text.personLabels[index]}</legend>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField
          name={name("role")}
          label={text.roleLabel}
          placeholder={text.choose}
          options={ROLES.map((role) => ({ value: role, label: text.roles[role] }))}
          defaultValue={member.role}
          error={errors[name("role")]}
          required
        />
        <FormField name={name("birthDate")} type="date" label={text.birthDateLabel} defaultValue={member.birthDate} error={errors[name("birthDate")]} required requiredLabel={text.required} />
        <FormField
          name={name("monthlyIncome")}
          label={text.incomeLabel}
          hint={text.incomeHint}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={member.monthlyIncome}
          error={errors[name("monthlyIncome")]}
        />
        <SelectField
          name={name("education")}
          label={text.educationLabel}
          hint={text.educationHint}
          options={[{ value: "", label: text.education.notSaid }, ...EDUCATION.map((level) => ({ value: level, label: text.education[level] }))]}
          defaultValue={member.education}
          error={errors[name("education")]}
        />
      </div>
      <fieldset className="min-w-0 space-y-2">
        <legend className="font-semibold">{text.flagsLegend}</legend>
        {MEMBER_FLAG_FIELDS.map((flag) => (
          <CheckboxField key={flag} name={name(flag)} label={text.flags[flag]} defaultChecked={member[flag]} />
        ))}
      </fieldset>
      {canRemove ? (
        <IntentButton intent={`remove:${index}`} variant="secondary">
          {text.removeLabels[index]}
        </IntentButton>
      ) : null}
    </fieldset>
  );
}
