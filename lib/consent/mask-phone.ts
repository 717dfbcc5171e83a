/** A phone number with all but the last four digits hidden: +7 *** *** 01 23. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  const last = digits.slice(-4);
  return `+7 *** *** ${last.slice(0, 2)} ${last.slice(2)}`;
}
