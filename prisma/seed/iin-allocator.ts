import { buildIin } from "@/lib/iin";
import type { Sex } from "./names";

/**
 * Hands out unique, checksum-valid IINs. The serial (digits 8–11) counts up separately
 * for each birth date and sex, so two people never share an IIN however many families
 * are built. Disjoint serial ranges keep the seed (0–4999) and the test factories
 * (5000–8999) apart when they share a database; 9000–9999 is left for hand-written test
 * fixtures and the fixed demo accounts (99xx).
 */
export class IinAllocator {
  private readonly nextSerial = new Map<string, number>();

  constructor(
    private readonly firstSerial = 0,
    private readonly lastSerial = 4_999,
  ) {}

  allocate(birthDate: string, sex: Sex): string {
    const key = `${birthDate}${sex}`;
    const serial = this.nextSerial.get(key) ?? this.firstSerial;
    const iin = buildIin(birthDate, sex, serial);
    // buildIin skips serials that have no valid check digit; continue after the one used.
    const used = Number(iin.slice(7, 11));
    if (used < serial || used > this.lastSerial) {
      throw new RangeError(`no IIN serial left for ${birthDate} ${sex} in ${this.firstSerial}–${this.lastSerial}`);
    }
    this.nextSerial.set(key, used + 1);
    return iin;
  }
}
