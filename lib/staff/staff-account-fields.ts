// Fields shared by the administrators' staff-account forms.
import { z } from "zod";
import { District, Role } from "@/prisma/generated/enums";

export const staffUserIdField = z.string().min(1).max(64);
export const staffRoleField = z.enum([Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN], { message: "roleRequired" });
/** An empty choice means "all districts" (supervisors and administrators). */
export const staffDistrictField = z.union([z.enum(Object.values(District) as [District, ...District[]]), z.literal("").transform(() => null)]);
