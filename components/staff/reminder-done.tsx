"use client";

import { useActionState } from "react";
import { markReminderDoneAction } from "@/app/(staff)/staff/reminder-actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormResult } from "@/lib/forms";
import { FormStatus } from "./form-status";

/** A reminder's "Done" button, with its own answer (a lapsed session, say) above it. */
export function ReminderDone({ id, label, accessibleLabel }: { id: number; label: string; accessibleLabel: string }) {
  const [state, action] = useActionState(markReminderDoneAction, initialFormResult);
  return (
    <form action={action} className="inline-flex flex-col gap-1">
      <FormStatus state={state} summary={false} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton label={label} pendingLabel={label} variant="secondary" aria-label={accessibleLabel} />
    </form>
  );
}
