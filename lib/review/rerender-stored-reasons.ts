// The verdict kept at submission is a rendered EligibilityResponse (Kazakh by default): its
// reasons carry the rule, pass/fail and the values, but not the message key. The key is
// recovered by rendering each of the rule's messages with the stored values and finding
// the one that gives the stored text exactly; the reason can then be written again in the
// reader's language. When no key matches (a wording changed since), the stored text is
// shown as it is, with the language it is in.
import { en, type MessageKey } from "@/lib/eligibility/messages/en";
import { renderMessage } from "@/lib/eligibility/render";
import type { Locale, TraceValues } from "@/lib/eligibility/types";

const KEYS = Object.keys(en) as MessageKey[];
const STORED_LANGUAGES: readonly Locale[] = ["kk", "ru", "en"];

export interface StoredReason {
  rule: string;
  passed: boolean;
  message: string;
  values: TraceValues;
}

export type RecoveredReason = { key: MessageKey; language: Locale } | null;

function renderSafely(key: MessageKey, values: TraceValues, locale: Locale): string | null {
  try {
    return renderMessage(key, values, locale);
  } catch {
    // A template asking for a value this reason does not have is simply not its template.
    return null;
  }
}

/** The message key (and the language it was written in) behind a stored reason, if found. */
export function recoverMessageKey(reason: StoredReason): RecoveredReason {
  const candidates = KEYS.filter((key) => key.startsWith(`${reason.rule}.`));
  for (const language of STORED_LANGUAGES) {
    for (const key of candidates) {
      if (renderSafely(key, reason.values, language) === reason.message) return { key, language };
    }
  }
  return null;
}

/** The language a stored text is in, guessed from its letters: Kazakh-only letters, Cyrillic, or Latin. */
export function guessLanguage(text: string): Locale {
  if (/[әғқңөұүһі]/i.test(text)) return "kk";
  if (/[а-яё]/i.test(text)) return "ru";
  return "en";
}
