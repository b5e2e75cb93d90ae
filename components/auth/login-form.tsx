"use client";

import { useFormStatus } from "react-dom";
import { signInAction } from "@/app/login/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export interface LoginFormProps {
  callbackUrl: string;
  email: string;
  error: { message: string; email?: string; password?: string } | null;
}

export function LoginForm({ callbackUrl, email, error }: LoginFormProps) {
  return (
    <form action={signInAction} className="flex flex-col gap-4" noValidate>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {error.message}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={email}
        errors={error?.email ? [error.email] : undefined}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        autoFocus={!!error && !error.email}
        errors={error?.password ? [error.password] : undefined}
      />
      <SubmitButton />
    </form>
  );
}

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending}>
      {pending ? "Signing in…" : "Sign in"}
    </Button>
  );
}
