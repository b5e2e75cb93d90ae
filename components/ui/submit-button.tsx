"use client";

import { useFormStatus } from "react-dom";

/** A form's submit button that says it is working and can't be pressed twice while the form is being sent. */
export function SubmitButton({
  label,
  pendingLabel,
  variant = "primary",
  ...button
}: { label: string; pendingLabel: string; variant?: "primary" | "secondary" | "danger" } & Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, "type">) {
  const { pending, data } = useFormStatus();
  // With several submit buttons in one form, only the one pressed says it is working.
  const mine = pending && (!button.name || data?.get(button.name) === button.value);
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`${buttonClass[variant]} ${button.className ?? ""}`} {...button}>
      {mine ? pendingLabel : label}
    </button>
  );
}

export const buttonClass = {
  primary:
    "inline-flex items-center justify-center rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60",
  secondary:
    "inline-flex items-center justify-center rounded border border-brand-600 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60",
  danger:
    "inline-flex items-center justify-center rounded border border-red-700 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60",
} as const;
