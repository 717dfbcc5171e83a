import { can, type Actor } from "@/lib/auth/permissions";

export type NavigationKey =
  | "home"
  | "myFamily"
  | "screener"
  | "statusLookup"
  | "whatWeCanGet"
  | "apply"
  | "myApplications"
  | "documents"
  | "notifications"
  | "housingQueue"
  | "workQueue"
  | "payments"
  | "housingQueueAdmin"
  | "rules"
  | "transparency"
  | "reports"
  | "administration";

/** The menu a user sees follows from their permissions, not from a list per role. */
export function navigationFor(actor: Actor | null): { key: NavigationKey; href: string }[] {
  const items: { key: NavigationKey; href: string }[] = [{ key: "home", href: "/" }];
  if (!actor) {
    items.push({ key: "screener", href: "/screener" }, { key: "statusLookup", href: "/status" }, { key: "transparency", href: "/transparency" });
    return items;
  }
  if (can(actor, "read", "family") && actor.role === "CITIZEN") {
    items.push(
      { key: "myFamily", href: "/family" },
      { key: "whatWeCanGet", href: "/family/eligibility" },
      { key: "apply", href: "/apply" },
      { key: "myApplications", href: "/applications" },
      { key: "documents", href: "/documents" },
      { key: "housingQueue", href: "/housing-queue" },
      { key: "notifications", href: "/notifications" },
    );
  }
  if (can(actor, "read", "application") && actor.role !== "CITIZEN") items.push({ key: "workQueue", href: "/staff" });
  if (can(actor, "read", "payment") && actor.role !== "CITIZEN") items.push({ key: "payments", href: "/staff/payments" });
  if (can(actor, "read", "housing") && actor.role !== "CITIZEN") items.push({ key: "housingQueueAdmin", href: "/staff/housing-queue" });
  if (can(actor, "read", "report")) items.push({ key: "reports", href: "/staff/reports" });
  if (can(actor, "edit", "rules")) items.push({ key: "rules", href: "/admin/rules" });
  if (can(actor, "manage", "staff")) items.push({ key: "administration", href: "/admin" });
  return items;
}
