"use client";

import { useActionState } from "react";
import { signInAction } from "@/app/(staff)/login/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { initialFormResult } from "@/lib/forms";

/** The sign-in form; its words come from the staff catalogue through the page (no catalogue ships to the browser). */
export function LoginForm({
  callbackUrl,
  labels,
}: {
  callbackUrl: string;
  labels: { email: string; password: string; submit: string; pending: string };
}) {
  const [state, action, pending] = useActionState(signInAction, initialFormResult);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.message && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {state.message}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        label={labels.email}
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email ?? ""}
        errors={state.fieldErrors?.email}
      />
      <Field
        label={labels.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        autoFocus={!!state.message && !state.fieldErrors?.email}
        errors={state.fieldErrors?.password}
      />
      <Button type="submit" disabled={pending}>
        {pending ? labels.pending : labels.submit}
      </Button>
    </form>
  );
}
