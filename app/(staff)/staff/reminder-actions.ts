"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { attempt, parseForm, refused, withNotice } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import type { FormResult } from "@/lib/forms";
import { markReminderDone } from "@/lib/records/reminders";
import { idField } from "@/lib/validation/fields";

/** The dashboard's "Done" on a reminder (an editor or an administrator): it leaves the dashboard, and who did it is kept. */
export async function markReminderDoneAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access, formData);
  const parsed = parseForm(z.object({ id: idField }), formData);
  if (!parsed.ok) return parsed.result;
  const outcome = await attempt(() => markReminderDone(parsed.data.id, access.user), formData);
  if (!outcome.ok) return outcome.result;
  redirect(withNotice("/staff", outcome.value.changed ? "reminderDone" : "unchanged"));
}
