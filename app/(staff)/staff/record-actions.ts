"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { attempt, parseForm, refused, revalidatePublic, withNotice } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { recordKinds, staffHref } from "@/lib/kinds";
import { archiveRecord, deleteRecord, restoreRecord, setPublication } from "@/lib/records/lifecycle";
import type { FormResult } from "@/lib/forms";
import { enumField, idField, versionField } from "@/lib/validation/fields";

const operations = ["publish", "unpublish", "archive", "restore", "delete"] as const;

const lifecycleSchema = z.object({
  kind: enumField(recordKinds),
  id: idField,
  version: versionField,
  operation: enumField(operations),
});

const noticeOf = {
  publish: "published",
  unpublish: "unpublished",
  archive: "archived",
  restore: "restored",
  delete: "deleted",
} as const;

/** Publish, unpublish, archive, restore or delete any content record (the button pressed says which). */
export async function recordLifecycleAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access);
  const parsed = parseForm(lifecycleSchema, formData);
  if (!parsed.ok) return parsed.result;
  const { kind, id, version, operation } = parsed.data;
  const target = { kind, id, version };
  const outcome = await attempt(() => {
    switch (operation) {
      case "publish":
        return setPublication({ ...target, publication: "published" }, access.user);
      case "unpublish":
        return setPublication({ ...target, publication: "draft" }, access.user);
      case "archive":
        return archiveRecord(target, access.user);
      case "restore":
        return restoreRecord(target, access.user);
      case "delete":
        return deleteRecord(target, access.user);
    }
  }, formData);
  if (!outcome.ok) return outcome.result;
  revalidatePublic(outcome.value.tags);
  redirect(withNotice(operation === "delete" ? staffHref(kind) : staffHref(kind, id), noticeOf[operation]));
}
