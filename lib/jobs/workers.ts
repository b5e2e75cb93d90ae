import "server-only";
import { isRecordKind } from "@/lib/kinds";
import { officeTimeZone } from "@/lib/office-clock";
import { publishScheduled, requeueScheduled } from "@/lib/records/review";
import { expireAgreements } from "@/lib/records/expiry";
import { fileAnniversaryReminders } from "@/lib/records/reminders";
import { sweepAttachmentObjects } from "@/lib/attachments/sweep";
import { getJobs, publishPollingSeconds, queues } from "./queue";
import { revalidateOutsideRequest } from "./revalidate";

/**
 * Starts this instance's workers (instrumentation.ts, as the server starts). Every instance runs them; pg-boss hands
 * each job to one of them, and its cron fires once a minute across all of them, so a publication or an expiry happens
 * once however many instances run.
 */
export async function startWorkers(): Promise<void> {
  const boss = await getJobs();
  await boss.work<{ kind: string; id: number }>(queues.publishAt, { pollingIntervalSeconds: publishPollingSeconds }, async ([job]) => {
    const { kind, id } = job!.data;
    if (!isRecordKind(kind) || !Number.isInteger(id)) return { outcome: "unknown" };
    const result = await publishScheduled({ kind, id });
    if (result.outcome === "published") await revalidateOutsideRequest(result.tags);
    if (result.outcome !== "notDue") console.log(`[amity] scheduled ${kind} ${id}: ${result.outcome}${"why" in result ? ` (${result.why})` : ""}`);
    return result;
  });
  // A schedule whose job is missing (a restored backup holds reviews, not jobs) is queued again.
  const requeued = await requeueScheduled();
  if (requeued) console.log(`[amity] ${requeued} scheduled publication(s) queued again`);
  await boss.schedule(queues.housekeeping, "*/5 * * * *", null, { tz: officeTimeZone });
  // And once now, so that a server just started shows today's reminders and expiries (it changes nothing run twice).
  await boss.send(queues.housekeeping, null);
  await boss.work(queues.housekeeping, async () => {
    const expired = await expireAgreements();
    await revalidateOutsideRequest(expired.tags);
    const reminded = await fileAnniversaryReminders();
    const swept = await sweepAttachmentObjects();
    if (expired.expired.length || reminded || swept) {
      console.log(`[amity] housekeeping: ${expired.expired.length} agreement(s) expired, ${reminded} anniversary reminder(s) filed, ${swept} orphaned attachment file(s) removed`);
    }
    return { expired: expired.expired, reminded, swept };
  });
}
