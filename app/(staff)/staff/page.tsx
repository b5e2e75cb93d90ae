import { staffMetadata } from "@/lib/i18n/staff-metadata";
import { officeToday } from "@/lib/office-clock";
import Link from "next/link";
import { dateAt } from "@/components/staff/date-at";
import { PublicationBadge } from "@/components/staff/record-header";
import { canEditContent, canManageUsers } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { listLatestChanges } from "@/lib/records/audit";
import { reviewQueues } from "@/lib/records/review";
import { officeLabelOf } from "@/components/staff/offices";
import { listOffices } from "@/lib/data/offices";
import { openReminders, reminderLeadDays } from "@/lib/records/reminders";
import { Notice } from "@/components/staff/notice";
import { ReminderDone } from "@/components/staff/reminder-done";
import { listUntranslatedPublished, translationLabels } from "@/lib/records/translations";
import { countRecords, listComing, listComingAnniversaries, listDormantPartnerships, listDrafts, listUnverifiedPartnerships, type ComingAnniversary } from "@/lib/data/dashboard";
import { staffText, staffTime } from "@/lib/i18n/staff";
import { auditSubjectHref, kinds, staffHref } from "@/lib/kinds";
import { buttonClass } from "@/components/ui/button";
import { formatDateAt } from "@/lib/i18n/format";
import { staffLocale } from "@/lib/i18n/staff-locale";

export const generateMetadata = () => staffMetadata(() => staffText("Dashboard")("title"));

export default async function StaffDashboardPage({ searchParams }: PageProps<"/staff">) {
  const user = await requireStaff("viewer", "/staff");
  const { notice } = await searchParams;
  const today = officeToday();
  const [counts, drafts, coming, anniversaries, dormant, latest, unverified, reminders, untranslated] = await Promise.all([
    countRecords(user.officePlaceId),
    listDrafts(10, user.officePlaceId),
    listComing({ today, days: 60 }),
    listComingAnniversaries({ today, days: 90 }),
    listDormantPartnerships({ today, years: 3 }),
    listLatestChanges(10),
    listUnverifiedPartnerships(),
    openReminders(20, user.officePlaceId),
    listUntranslatedPublished(20),
  ]);
  const queues = canEditContent(user) ? await reviewQueues(user) : null;
  // A city office's staff see their office's counts, drafts, reviews and reminders (lib/records/offices.ts).
  const office = user.officePlaceId === null ? null : officeLabelOf(await listOffices(), user.officePlaceId);
  const t = staffText("Dashboard");
  const enums = staffText("Enums");
  return (
    <>
      <Notice notice={notice} />
      <h1 className="text-2xl font-semibold text-brand-800">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("signedIn", { name: user.name, email: user.email, role: enums(`roles.${user.role}`) })}</p>
      <p className="mt-1 text-slate-700">{canManageUsers(user) ? t("roleAdmin") : canEditContent(user) ? t("roleEditor") : t("roleViewer")}</p>
      {office && <p className="mt-1 text-slate-700">{t("officeCity", { office })}</p>}

      {canEditContent(user) && (
        <nav aria-label={t("quick")} className="mt-6 flex flex-wrap gap-3">
          <Link href="/staff/agreements/new" className={buttonClass.primary}>{t("recordAgreement")}</Link>
          <Link href="/staff/delegations/new" className={buttonClass.secondary}>{t("newDelegation")}</Link>
          <Link href="/staff/events/new" className={buttonClass.secondary}>{t("newEvent")}</Link>
        </nav>
      )}

      <div className="mt-8 grid items-start gap-8 lg:grid-cols-2">
        {queues && (
          <>
            <Panel id="to-review" title={t("toReview", { count: queues.toReviewCount })}>
              {queues.toReview.length === 0 ? (
                <p className="text-slate-600">{t("toReviewNone")}</p>
              ) : (
                <ul className="space-y-1.5 text-sm">
                  {queues.toReview.map((q) => (
                    <li key={`${q.kind}-${q.id}`}>
                      <span className="text-slate-600">{t("kindPrefix", { kind: enums(`entityTypes.${q.kind}`) })}</span>
                      <Link href={staffHref(q.kind, q.id)} className="text-brand-700 underline">{q.title}</Link>{" "}
                      <span className="text-slate-600">· {t("toReviewItem", { operation: enums(`reviewOperations.${q.operation}`), name: q.by ?? "—", time: staffTime(q.at) })}</span>
                    </li>
                  ))}
                </ul>
              )}
            </Panel>
            <Panel id="sent-back" title={t("sentBack", { count: queues.sentBackCount })}>
              {queues.sentBack.length === 0 ? (
                <p className="text-slate-600">{t("sentBackNone")}</p>
              ) : (
                <ul className="space-y-3 text-sm">
                  {queues.sentBack.map((q) => (
                    <li key={`${q.kind}-${q.id}`}>
                      <span className="text-slate-600">{t("kindPrefix", { kind: enums(`entityTypes.${q.kind}`) })}</span>
                      <Link href={staffHref(q.kind, q.id)} className="text-brand-700 underline">{q.title}</Link>
                      <p className="text-slate-600">{t("sentBackItem", { name: q.by ?? "—", time: staffTime(q.at) })}</p>
                      <blockquote className="mt-0.5 border-l-4 border-amber-300 pl-2 whitespace-pre-line text-slate-800">{q.comment}</blockquote>
                    </li>
                  ))}
                </ul>
              )}
            </Panel>
            <Panel id="scheduled" title={t("scheduledList", { count: queues.scheduledCount })}>
              {queues.scheduled.length === 0 ? (
                <p className="text-slate-600">{t("scheduledNone")}</p>
              ) : (
                <ul className="space-y-1.5 text-sm">
                  {queues.scheduled.map((q) => (
                    <li key={`${q.kind}-${q.id}`}>
                      <span className="text-slate-600">{t("kindPrefix", { kind: enums(`entityTypes.${q.kind}`) })}</span>
                      <Link href={staffHref(q.kind, q.id)} className="text-brand-700 underline">{q.title}</Link>{" "}
                      <span className="text-slate-600">· {t("scheduledItem", { operation: enums(`reviewOperations.${q.operation}`), name: q.by ?? "—", time: staffTime(q.publishAt ?? q.at) })}</span>
                    </li>
                  ))}
                </ul>
              )}
            </Panel>
          </>
        )}
        <Panel id="reminders" title={t("reminders", { count: reminders.count })}>
          <p className="text-sm text-slate-600">{t("remindersHint", { days: reminderLeadDays })}</p>
          {reminders.items.length === 0 ? (
            <p className="mt-2 text-slate-600">{t("remindersNone")}</p>
          ) : (
            <ul className="mt-2 space-y-2 text-sm">
              {reminders.items.map((r) => (
                <li key={r.reminderId} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <Link href={`/staff/partnerships/${r.id}`} className="text-brand-700 underline">{t("reminderItem", { years: r.years, label: r.label })}</Link>
                  <span className="text-slate-600">· {anniversaryDate(r)}</span>
                  {canEditContent(user) && <ReminderDone id={r.reminderId} label={t("reminderDone")} accessibleLabel={t("reminderDoneLabel", { years: r.years, label: r.label })} />}
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel id="untranslated" title={t("untranslated", { count: untranslated.total })} hint={t("untranslatedHint")}>
          {untranslated.items.length === 0 ? (
            <p className="text-slate-600">{t("untranslatedNone")}</p>
          ) : (
            <>
              <ul className="max-h-80 space-y-1.5 overflow-y-auto text-sm">
                {untranslated.items.map((u) => (
                  <li key={`${u.kind}-${u.id}`}>
                    <span className="text-slate-600">{t("kindPrefix", { kind: enums(`entityTypes.${u.kind}`) })}</span>
                    <Link href={staffHref(u.kind, u.id)} className="text-brand-700 underline">{u.title}</Link>
                    {(["zh", "en"] as const).map(
                      (language) =>
                        u.missing[language].length > 0 && (
                          <span key={language} className="text-slate-600">
                            {" · "}
                            {t(language === "zh" ? "untranslatedZh" : "untranslatedEn", { fields: translationLabels(u.kind, u.missing[language]).join(staffText("Translations")("listSeparator")) })}
                          </span>
                        ),
                    )}
                  </li>
                ))}
              </ul>
              {untranslated.total > untranslated.items.length && <p className="mt-2 text-sm text-slate-600">{t("untranslatedMore", { count: untranslated.total - untranslated.items.length })}</p>}
            </>
          )}
        </Panel>

        <Panel id="records" title={office ? t("recordsOfOffice", { office }) : t("records")}>
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-300 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">{t("kind")}</th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">{t("total")}</th>
                <th scope="col" className="py-2 text-right font-medium">{t("drafts")}</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={c.kind} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link href={staffHref(c.kind)} className="text-brand-700 underline">{staffText(kinds[c.kind].messages)("title")}</Link>
                  </th>
                  <td className="py-2 pr-4 text-right tabular-nums">{c.total}</td>
                  <td className="py-2 text-right tabular-nums">{c.drafts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>

        <Panel id="waiting" title={t("waiting")}>
          {drafts.length === 0 ? (
            <p className="text-slate-600">{t("waitingNone")}</p>
          ) : (
            <ul className="space-y-1.5 text-sm">
              {drafts.map((d) => (
                <li key={`${d.kind}-${d.id}`}>
                  <span className="text-slate-600">{t("kindPrefix", { kind: enums(`entityTypes.${d.kind}`) })}</span>
                  <Link href={staffHref(d.kind, d.id)} className="text-brand-700 underline">{d.title}</Link>{" "}
                  <span className="text-slate-600">· {staffTime(d.updatedAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </Panel>

        <Panel id="coming" title={t("coming")}>
          {coming.length === 0 ? (
            <p className="text-slate-600">{t("comingNone")}</p>
          ) : (
            <ul className="space-y-1.5 text-sm">
              {coming.map((c) => (
                <li key={`${c.kind}-${c.id}`}>
                  <span className="tabular-nums text-slate-700">{c.startsOn}</span> · <span className="text-slate-600">{t("kindPrefix", { kind: enums(`entityTypes.${c.kind}`) })}</span>
                  <Link href={staffHref(c.kind, c.id)} className="text-brand-700 underline">{c.title}</Link> <PublicationBadge publication={c.publication} />
                </li>
              ))}
            </ul>
          )}
        </Panel>

        <Panel id="anniversaries" title={t("anniversaries")}>
          {anniversaries.soon.length === 0 ? (
            <p className="text-slate-600">{t("anniversariesNone")}</p>
          ) : (
            <AnniversaryList items={anniversaries.soon} />
          )}
          {anniversaries.thisYear.length > 0 && (
            <>
              <h3 id="anniversaries-this-year" className="mt-4 font-semibold text-slate-800">{t("anniversariesThisYear", { year: String(anniversaries.year) })}</h3>
              <p className="text-sm text-slate-600">{t("anniversariesThisYearHint")}</p>
              <AnniversaryList items={anniversaries.thisYear} labelledBy="anniversaries-this-year" />
            </>
          )}
        </Panel>

        <Panel id="dormant" title={t("dormant")} hint={t("dormantHint")}>
          {dormant.length === 0 ? (
            <p className="text-slate-600">{t("dormantNone")}</p>
          ) : (
            <ul className="max-h-80 space-y-1.5 overflow-y-auto text-sm">
              {dormant.map((d) => (
                <li key={d.id}>
                  <Link href={`/staff/partnerships/${d.id}`} className="text-brand-700 underline">{d.label}</Link>{" "}
                  <span className="text-slate-600">
                    ·{" "}
                    {d.lastActivity
                      ? t("lastActivity", { date: dateAt(d.lastActivity.date, d.lastActivity.precision) })
                      : d.established
                        ? t("noActivitySince", { date: dateAt(d.established.date, d.established.precision) })
                        : t("noActivity")}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Panel>

        <Panel id="unverified" title={t("unverified", { count: unverified.length })} hint={t("unverifiedHint")}>
          {unverified.length === 0 ? (
            <p className="text-slate-600">{t("unverifiedNone")}</p>
          ) : (
            <ul className="max-h-80 space-y-1.5 overflow-y-auto text-sm">
              {unverified.map((u) => (
                <li key={u.id}>
                  <Link href={`/staff/partnerships/${u.id}`} className="text-brand-700 underline">{u.label}</Link>
                  {!u.published && <span className="text-slate-600"> · {enums("publication.draft")}</span>}
                </li>
              ))}
            </ul>
          )}
        </Panel>

        <Panel id="latest" title={t("latest")}>
          {latest.length === 0 ? (
            <p className="text-slate-600">{t("latestNone")}</p>
          ) : (
            <ul className="space-y-1.5 text-sm">
              {latest.map((e) => (
                <li key={e.id}>
                  <strong>{enums(`auditActions.${e.action}`)}</strong> {enums(`entityTypes.${e.entityType as "place"}`).toLowerCase()}{" "}
                  {e.entityId && e.entityLabel ? (
                    e.action === "delete" ? (
                      <span>{e.entityLabel}</span>
                    ) : (
                      <Link href={auditSubjectHref(e.entityType, e.entityId) ?? "/staff/audit"} className="text-brand-700 underline">{e.entityLabel}</Link>
                    )
                  ) : null}{" "}
                  <span className="text-slate-600">· {e.actorName ?? e.actorEmail} · {staffTime(e.at)}</span>
                </li>
              ))}
            </ul>
          )}
          {canManageUsers(user) && (
            <p className="mt-3 text-sm">
              <Link href="/staff/audit" className="text-brand-700 underline">{t("allChanges")}</Link>
            </p>
          )}
        </Panel>
      </div>
    </>
  );
}

function Panel({ id, title, hint, children }: { id: string; title: string; hint?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 p-4">
      <h2 id={id} className="text-lg font-semibold text-slate-800">{title}</h2>
      {hint && <p className="mb-2 text-sm text-slate-600">{hint}</p>}
      <div className="mt-2">{children}</div>
    </section>
  );
}

function AnniversaryList({ items, labelledBy }: { items: ComingAnniversary[]; labelledBy?: string }) {
  const t = staffText("Dashboard");
  return (
    <ul aria-labelledby={labelledBy} className="mt-1 space-y-1.5 text-sm">
      {items.map((a) => (
        <li key={`${a.id}-${a.years}`}>
          <strong>{t("anniversary", { years: a.years })}</strong> ·{" "}
          <Link href={`/staff/partnerships/${a.id}`} className="text-brand-700 underline">{a.label}</Link> ·{" "}
          <span className="text-slate-600">{anniversaryDate(a)}</span>
        </li>
      ))}
    </ul>
  );
}

/** "2026-12-10"; "in May 2026" for a tie known to the month; "in 2026" for one known only by its year. */
function anniversaryDate(a: ComingAnniversary): string {
  const t = staffText("Dashboard");
  if (a.precision === "day") return a.date;
  if (a.precision === "month") return t("inMonth", { month: formatDateAt(staffLocale(), a.date, "month") ?? a.date.slice(0, 7) });
  return t("inYear", { year: a.date.slice(0, 4) });
}
