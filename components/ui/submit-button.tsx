"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "./button";

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
