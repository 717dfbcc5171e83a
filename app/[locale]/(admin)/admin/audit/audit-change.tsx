// Before and after values of one audit entry, as the compact JSON they were stored in.
import type { Prisma } from "@/prisma/generated/client";

function show(value: Prisma.JsonValue | null): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value, null, 1);
}

export function AuditChange({ before, after, labels }: { before: Prisma.JsonValue | null; after: Prisma.JsonValue | null; labels: { before: string; after: string; none: string } }) {
  const parts = [
    [labels.before, show(before)],
    [labels.after, show(after)],
  ].filter((part): part is [string, string] => part[1] !== null);
  if (!parts.length) return <span>{labels.none}</span>;
  return (
    <dl className="space-y-1 text-sm">
      {parts.map(([label, json]) => (
        <div key={label}>
          <dt className="font-bold">{label}</dt>
          <dd>
            <pre className="max-w-md whitespace-pre-wrap break-all font-mono">{json}</pre>
          </dd>
        </div>
      ))}
    </dl>
  );
}
