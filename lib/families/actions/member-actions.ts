"use server";

import { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { addFamilyMember } from "../add-family-member";
import { MEMBER_FORM_FIELDS } from "../member-form-fields";
import { memberSchema } from "../member-schema";
import { removeFamilyMember } from "../remove-family-member";
import { updateFamilyMember } from "../update-family-member";
import { runProfileForm } from "./run-profile-form";

export async function addMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runProfileForm({ formData, schema: memberSchema, fields: MEMBER_FORM_FIELDS, save: addFamilyMember, done: "member-added" });
}

/** Bound to the member's id on the page (`updateMemberAction.bind(null, id)`); the id is checked against the family. */
export async function updateMemberAction(memberId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runProfileForm({
    formData,
    schema: memberSchema,
    fields: MEMBER_FORM_FIELDS,
    save: (user, data) => updateFamilyMember(user, String(memberId), data),
    done: "member-updated",
  });
}

// The remove form carries nothing but its button.
const confirmRemovalSchema = z.strictObject({});

export async function removeMemberAction(memberId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runProfileForm({
    formData,
    schema: confirmRemovalSchema,
    fields: [],
    save: (user) => removeFamilyMember(user, String(memberId)),
    done: "member-removed",
  });
}
