/** An IIN for display where the full number is not needed: only the last four digits. */
export function maskIin(iin: string): string {
  return `••••••••${iin.slice(-4)}`;
}
