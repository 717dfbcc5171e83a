import {
  HOUSEHOLD_FLAG_FIELDS,
  HOUSEHOLD_TEXT_FIELDS,
  MEMBER_FLAG_FIELDS,
  MEMBER_TEXT_FIELDS,
  memberFieldName,
  type ScreenerValues,
} from "@/lib/screener/screener-values";

/**
 * The answers, carried by the result page's "Change your answers" button: nothing is kept
 * on the server, so the answers travel in the page the visitor already has.
 */
export function HiddenAnswers({ values }: { values: ScreenerValues }) {
  return (
    <>
      {values.members.map((member, index) => (
        <span key={index} hidden>
          {MEMBER_TEXT_FIELDS.map((field) => (
            <input key={field} type="hidden" name={memberFieldName(index, field)} value={member[field]} />
          ))}
          {MEMBER_FLAG_FIELDS.filter((field) => member[field]).map((field) => (
            <input key={field} type="hidden" name={memberFieldName(index, field)} value="on" />
          ))}
        </span>
      ))}
      {HOUSEHOLD_TEXT_FIELDS.map((field) => (
        <input key={field} type="hidden" name={field} value={values.household[field]} />
      ))}
      {HOUSEHOLD_FLAG_FIELDS.filter((field) => values.household[field]).map((field) => (
        <input key={field} type="hidden" name={field} value="on" />
      ))}
    </>
  );
}
