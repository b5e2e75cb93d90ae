import "server-only";
import { and, asc, count, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { partnerships, reminders } from "@/db/schema";
import { home, joinHome, joinPartner, partner } from "@/lib/data/ties";
import { listComingAnniversaries, type ComingAnniversary } from "@/lib/data/dashboard";
import { officeToday } from "@/lib/office-clock";
import { assertRole, type Actor } from "./actor";
import { assertOfficeMayChange, officeListCondition } from "./offices";
import { kinds } from "@/lib/kinds";
import { staffName, tieLabel } from "./staff-names";

/** How far ahead the job queue files an anniversary reminder: time to plan a delegation or a message. */
export const reminderLeadDays = 60;

/**
 * Files a reminder for every round anniversary of a partnership within the next `reminderLeadDays` days (or this year,
 * for a tie known only by its year), once per tie and anniversary: the job queue's housekeeping runs it every five
 * minutes, and a reminder already filed (open or done) is not filed again. Answers how many were new.
 */
export async function fileAnniversaryReminders(now = new Date()): Promise<number> {
  const { soon, thisYear } = await listComingAnniversaries({ today: officeToday(now), days: reminderLeadDays });
  const due = [...soon, ...thisYear].map((a) => ({ partnershipId: a.id, years: a.years, dueOn: a.date, precision: a.precision }));
  if (due.length === 0) return 0;
  const db = await getDb();
  const filed = await db.insert(reminders).values(due).onConflictDoNothing().returning({ id: reminders.id });
  return filed.length;
}

export type OpenReminder = ComingAnniversary & { reminderId: number };

/** The reminders nobody has marked done yet, the soonest first, with their count: of one office's ties, or every office's (null). */
export async function openReminders(limit = 20, officePlaceId: number | null = null): Promise<{ items: OpenReminder[]; count: number }> {
  const db = await getDb();
  const open = and(isNull(reminders.doneAt), officeListCondition(kinds.partnership, officePlaceId));
  const [rows, [counted]] = await Promise.all([
    db
      .select({
        reminderId: reminders.id,
        id: reminders.partnershipId,
        homeName: staffName(home.nameEn, home.nameZh),
        partnerName: staffName(partner.nameEn, partner.nameZh),
        years: reminders.years,
        date: reminders.dueOn,
        precision: reminders.precision,
      })
      .from(reminders)
      .innerJoin(partnerships, eq(partnerships.id, reminders.partnershipId))
      .innerJoin(home, joinHome)
      .innerJoin(partner, joinPartner)
      .where(and(open, isNull(partnerships.archivedAt)))
      .orderBy(asc(reminders.dueOn), asc(reminders.id))
      .limit(limit),
    db.select({ n: count() }).from(reminders).innerJoin(partnerships, eq(partnerships.id, reminders.partnershipId)).where(and(open, isNull(partnerships.archivedAt))),
  ]);
  return {
    items: rows.map(({ homeName, partnerName, ...r }) => ({ ...r, label: tieLabel(homeName, partnerName) })),
    count: counted?.n ?? 0,
  };
}

/** Marks a reminder done (an editor or an administrator): it leaves the dashboard, and who did it is kept. */
export async function markReminderDone(id: number, actor: Actor | null, now = new Date()): Promise<{ changed: boolean }> {
  assertRole(actor, "editor");
  const db = await getDb();
  return db.transaction(async (tx) => {
    // A reminder is its tie's: its office's staff (or the top office's) mark it done.
    const [reminder] = await tx.select({ tie: reminders.partnershipId }).from(reminders).where(eq(reminders.id, id));
    if (reminder) await assertOfficeMayChange(tx, actor, kinds.partnership, reminder.tie);
    const done = await tx
      .update(reminders)
      .set({ doneById: actor.id, doneAt: now })
      .where(and(eq(reminders.id, id), isNull(reminders.doneAt)))
      .returning({ id: reminders.id });
    return { changed: done.length > 0 };
  });
}
