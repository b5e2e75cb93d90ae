import type { z } from "zod";
import { staffText } from "@/lib/i18n/staff";
import messages from "@/messages/staff.en.json";

type Key = keyof (typeof messages)["Validation"];
const keys = new Set(Object.keys(messages.Validation));

/** The catalogue key for an issue whose schema gave none (zod's own defaults). */
function fallbackKey(issue: z.core.$ZodIssue): Key {
  switch (issue.code) {
    case "too_big":
      return issue.origin === "array" ? "tooMany" : "tooLong";
    case "too_small":
      return issue.origin === "string" && issue.minimum === 1 ? "required" : "tooShort";
    case "invalid_value":
      return "choose";
    default:
      return "invalid";
  }
}

/**
 * Field errors for a form, keyed by the field's name as the form writes it ("titleEn", "signatories.1.name"), in the
 * catalogue's words. An issue that names no field goes under "_form".
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const t = staffText("Validation");
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = (keys.has(issue.message) ? issue.message : fallbackKey(issue)) as Key;
    const limits = issue as { maximum?: number | bigint; minimum?: number | bigint; params?: Record<string, unknown> };
    const values = {
      max: Number(limits.maximum ?? limits.params?.max ?? 0),
      min: Number(limits.minimum ?? limits.params?.min ?? 0),
      reason: String(limits.params?.reason ?? ""),
    };
    const field = issue.path.length ? issue.path.join(".") : "_form";
    const text = t(key, values);
    const list = (out[field] ??= []);
    if (!list.includes(text)) list.push(text);
  }
  return out;
}
