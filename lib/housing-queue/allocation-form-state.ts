// What the allocation form gets back from its action: the usual form state, plus the
// preview (ready-to-show rows) and the fingerprint the confirm step sends back.
import type { FormState } from "@/lib/forms/form-state";

export interface PreviewRow {
  entryId: string;
  rank: number;
  fullName: string;
  district: string;
  category: string;
  registeredAt: string;
}

export interface AllocationFormState extends FormState {
  preview?: {
    flats: PreviewRow[];
    reserve: PreviewRow[];
    fingerprint: string;
    /** True when this preview replaced one that the queue had overtaken. */
    replacedStale: boolean;
  };
}

export const INITIAL_ALLOCATION_STATE: AllocationFormState = { status: "idle", fieldErrors: {}, values: {} };
