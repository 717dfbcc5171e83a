// Every text exists in Kazakh, Russian and English: the same keys, the same ICU
// placeholders, and no empty strings. English is the reference set.
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en";
import kk from "@/lib/i18n/messages/kk";
import ru from "@/lib/i18n/messages/ru";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [childPath, childValue] of flatten(value, path)) entries.set(childPath, childValue);
  }
  return entries;
}

/** Top-level ICU argument names such as {name} or {minutes, plural, …}. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let index = 0; index < message.length; index += 1) {
    const char = message[index];
    if (char === "{") {
      if (depth === 0) {
        const match = /^\{\s*([A-Za-z0-9_]+)/.exec(message.slice(index));
        if (match?.[1]) names.add(match[1]);
      }
      depth += 1;
    } else if (char === "}") depth -= 1;
  }
  return [...names].sort();
}

const reference = flatten(en as Tree);
const translations = { kk: flatten(kk as Tree), ru: flatten(ru as Tree) };

describe.each(Object.entries(translations))("messages in %s", (_locale, messages) => {
  it("have every English key and no other", () => {
    expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it("use the same placeholders as English", () => {
    for (const [key, english] of reference) {
      expect({ key, placeholders: placeholders(messages.get(key) ?? "") }).toEqual({ key, placeholders: placeholders(english) });
    }
  });

  it("have no empty text", () => {
    for (const [key, text] of messages) expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
  });
});
