import { staffMetadata } from "@/lib/i18n/staff-metadata";
import Link from "next/link";
import { ExportLinks, ListCount, ListFilters } from "@/components/staff/list-controls";
import { AuditChanges } from "@/components/staff/record-history";
import { Pagination } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { listAudit, type AuditEntry } from "@/lib/records/audit";
import { listUsers } from "@/lib/data/users";
import { auditActions } from "@/lib/enums";
import { staffText, staffTime } from "@/lib/i18n/staff";
import { auditFieldLabels } from "@/lib/records/audit-export";
import { auditEntityTypes, auditListSchema } from "@/lib/validation/audit";
import { listHref, queryString } from "@/lib/validation/lists";
import { auditSubjectHref } from "@/lib/kinds";

export const generateMetadata = () => staffMetadata(() => staffText("Audit")("title"));

/** A failed sign-in repeated within the throttle window is one entry with a count (lib/data/sign-in.ts). */
function repeats(entry: AuditEntry): { count: number; lastAt: string } | null {
  const count = entry.after?.count;
  const lastAt = entry.after?.lastAt;
  return entry.action === "sign_in_failed" && typeof count === "number" && count > 1 && typeof lastAt === "string" ? { count, lastAt } : null;
}

function recordHref(entry: AuditEntry): string | null {
  return entry.entityId === null ? null : auditSubjectHref(entry.entityType, entry.entityId);
}

export default async function AuditPage({ searchParams }: PageProps<"/staff/audit">) {
  await requireStaff("admin", "/staff/audit");
  const query = auditListSchema.parse(await searchParams);
  const [result, users] = await Promise.all([listAudit(query), listUsers()]);
  const t = staffText("Audit");
  const common = staffText("Common");
  const enums = staffText("Enums");
  return (
    <>
      <h1 className="text-2xl font-semibold text-brand-800">{t("title")}</h1>
      <p className="mt-1 text-slate-700">{t("intro")}</p>
      <AuditFilters query={query} users={users} />
      <ListCount text={t("results", { count: result.total })} exports={<ExportLinks path="/staff/audit" query={queryString({ ...query, page: undefined })} />} />
      <ol className="mt-3 space-y-3">
        {result.items.map((entry) => {
          const href = recordHref(entry);
          const record = `${enums(`entityTypes.${entry.entityType as (typeof auditEntityTypes)[number]}`)}${entry.entityLabel ? `: ${entry.entityLabel}` : entry.entityId ? ` #${entry.entityId}` : ""}`;
          return (
            <li key={entry.id} className="rounded border border-slate-200 p-3 text-sm">
              <p>
                <strong>{enums(`auditActions.${entry.action}`)}</strong> · {href ? <Link href={href} className="text-brand-700 underline">{record}</Link> : record}
              </p>
              <p className="text-slate-600">
                {entry.actorName ?? entry.actorEmail ?? t("unknownActor")} · {staffTime(entry.at)}
                {repeats(entry) && ` · ${t("attempts", { count: repeats(entry)!.count, last: staffTime(repeats(entry)!.lastAt) })}`}
              </p>
              <AuditChanges entry={entry} labels={auditFieldLabels(entry.entityType)} />
            </li>
          );
        })}
      </ol>
      <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={(page) => listHref("/staff/audit", { ...query, page })}
        labels={{ nav: common("pagination"), previous: common("previous"), next: common("next"), page: common("page", { page: result.page, pages: result.pages }) }}
      />
    </>
  );
}

function AuditFilters({ query, users }: { query: ReturnType<typeof auditListSchema.parse>; users: { id: number; name: string }[] }) {
  const t = staffText("Audit");
  const enums = staffText("Enums");
  return (
    <ListFilters
      path="/staff/audit"
      q={undefined}
      searchLabel=""
      selects={[
        { name: "actor", label: t("actor"), any: t("anyone"), value: query.actor, options: users.map((u) => ({ value: String(u.id), label: u.name })) },
        { name: "action", label: t("action"), any: staffText("Common")("any"), value: query.action, options: auditActions.map((a) => ({ value: a, label: enums(`auditActions.${a}`) })) },
        { name: "entity", label: t("entity"), any: staffText("Common")("any"), value: query.entity, options: auditEntityTypes.map((e) => ({ value: e, label: enums(`entityTypes.${e}`) })) },
      ]}
      extra={[
        { name: "id", label: t("id"), value: query.id, inputMode: "numeric" },
        { name: "from", label: t("from"), value: query.from },
        { name: "to", label: t("to"), value: query.to },
      ]}
    />
  );
}
