// Rows shaped like Prisma's createMany inputs, with the ids (and the fields the seed
// reads back) required rather than optional.
import type { Prisma } from "@/prisma/generated/client";
import type { District, Role } from "@/prisma/generated/enums";

export type WithId<T> = T & { id: string };
export type UserRow = WithId<Prisma.UserCreateManyInput> & { role: Role; district: District | null; createdAt: Date };
export type FamilyRow = WithId<Prisma.FamilyCreateManyInput>;
export type MemberRow = WithId<Prisma.FamilyMemberCreateManyInput> & { birthDate: Date };
export type HousingRow = Prisma.HousingSituationCreateManyInput;
export type QueueEntryRow = WithId<Prisma.HousingQueueEntryCreateManyInput>;
export type QueueEventRow = WithId<Prisma.HousingQueueEventCreateManyInput>;

export type ApplicationRow = WithId<Prisma.ApplicationCreateManyInput>;
export type TimelineRow = WithId<Prisma.TimelineEventCreateManyInput>;
export type DecisionRow = WithId<Prisma.DecisionCreateManyInput>;
export type EntitlementRow = WithId<Prisma.EntitlementCreateManyInput>;
export type PaymentRunRow = WithId<Prisma.PaymentRunCreateManyInput> & { periodMonth: Date; createdAt: Date };
export type PaymentRow = WithId<Prisma.PaymentCreateManyInput>;
export type NotificationRow = WithId<Prisma.NotificationCreateManyInput>;
export type AuditRow = Prisma.AuditLogCreateManyInput & { id: number };
