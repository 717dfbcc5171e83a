// What a message template may ask of a trace's values. Each locale's reader formats
// numbers, money, dates and plurals its own way; a template only picks the words.

export interface MessageValues {
  /** A number of tenge (a fact or a parameter's value), with the currency word. */
  money(name: string): string;
  /** A parameter's value with its unit and the date it took effect. */
  param(name: string): string;
  /** A plain whole number (a fact or a parameter's value). */
  number(name: string): string;
  /** A number of children, with the noun in the right plural form. */
  children(name: string): string;
  /** A number of people, with the noun in the right plural form. */
  people(name: string): string;
  /** An age in years, with the noun in the right plural form. */
  years(name: string): string;
  /** An age in years in the form a preposition such as "under"/"младше" governs (ru: genitive). */
  yearsGenitive(name: string): string;
  /** A date, written out. */
  date(name: string): string;
  /** A text value such as a member's id, as given. */
  text(name: string): string;
  /** An education level, in words. */
  education(name: string): string;
  /** "from <date>" for the parameters named, naming each distinct date once. */
  since(...names: string[]): string;
}

export type Template = (values: MessageValues) => string;
