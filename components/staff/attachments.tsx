import { attachmentHref } from "@/lib/attachments/http";
import { maxAttachmentBytes } from "@/lib/attachments/enums";
import type { AttachmentOwnerKind } from "@/lib/attachments/enums";
import { listAttachments } from "@/lib/attachments/staff";
import type { Actor } from "@/lib/records/actor";
import { staffNumber, staffText, staffTime } from "@/lib/i18n/staff";
import { AttachmentEditForm, AttachmentRemoveForm, AttachmentUploadForm } from "./attachment-forms";

/** The largest attachment in MB, as the forms say it. */
const maxMb = maxAttachmentBytes / 1024 / 1024;

/** The width of the thumbnails: the narrowest rendition every photo of 320 pixels or more has. */
const thumbnailWidth = 320;

type Attachment = Awaited<ReturnType<typeof listAttachments>>[number];

/** A file's size as staff read it: "840 KB", "3.2 MB". */
function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${staffNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${staffNumber(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`;
}

/**
 * An attachment's file at its address (app/files/[id]/[name]/route.ts, which checks the staff session and the file's
 * audience itself): a rendition when it has one that wide, else the original.
 */
function fileHref(a: Attachment, width?: number): string {
  return width !== undefined && a.renditionWidths.includes(width) ? attachmentHref(a, width) : attachmentHref(a);
}

/**
 * A record's "Photos and documents": each of its attachments in gallery order (a photo with its thumbnail, a PDF with its
 * page count, each with its size), with its details in a form of its own and a button to remove it, then the upload
 * form; for those who may not change the record, the same list to read.
 */
export async function AttachmentsSection({ owner, user, canEdit }: { owner: { kind: AttachmentOwnerKind; id: number }; user: Actor; canEdit: boolean }) {
  const t = staffText("Attachments");
  const attachments = await listAttachments({ owner }, user);
  return (
    <section aria-labelledby="attachments" className="mb-10">
      <h2 id="attachments" className="text-lg font-semibold text-slate-800">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro", { max: maxMb })}</p>
      {attachments.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="mt-4 flex flex-col gap-4">
          {attachments.map((a) => (
            <li key={a.id} aria-labelledby={`attachment-${a.id}-name`} className="flex flex-col gap-4 rounded-lg border border-slate-200 p-4 sm:flex-row">
              <div className="w-40 shrink-0">
                {a.officeOnly && !canEdit ? (
                  // Opened only by its offices' staff (lib/attachments/public.ts, mayDownload): no picture that may not load.
                  <p className="flex h-28 w-40 items-center justify-center rounded border border-slate-200 bg-slate-50 text-center text-sm text-slate-600">{t("officeOnly")}</p>
                ) : a.kind === "photo" ? (
                  <a href={fileHref(a)} target="_blank" rel="noopener" aria-label={t("open", { name: a.fileName })}>
                    {/* A staff-only file behind the session (not next/image, which would fetch it without the cookie). */}
                    {/* eslint-disable-next-line @next/next/no-img-element -- see the line above */}
                    <img
                      src={fileHref(a, thumbnailWidth)}
                      alt={t("thumbnailOf", { name: a.fileName })}
                      width={160}
                      height={a.width && a.height ? Math.round((160 * a.height) / a.width) : 120}
                      loading="lazy"
                      className="block h-auto w-40 rounded border border-slate-200 bg-slate-50"
                    />
                  </a>
                ) : (
                  <a href={fileHref(a)} className="flex h-28 w-40 items-center justify-center rounded border border-slate-200 bg-slate-50 text-2xl font-semibold text-slate-500" aria-label={t("download", { name: a.fileName })}>
                    PDF
                  </a>
                )}
              </div>
              <div className="flex min-w-0 flex-1 flex-col gap-2">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <h3 id={`attachment-${a.id}-name`} className="font-medium break-all text-slate-800">{a.fileName}</h3>
                  {canEdit && <AttachmentRemoveForm key={`remove-${a.version}`} id={a.id} version={a.version} name={a.fileName} />}
                </div>
                <p className="text-sm text-slate-700">
                  {a.kind === "photo"
                    ? t("photoFacts", { width: a.width ?? 0, height: a.height ?? 0, size: fileSize(a.byteSize) })
                    : t("documentFacts", { pages: a.pageCount ?? 0, size: fileSize(a.byteSize) })}
                  {" · "}
                  {a.isPublic ? t("public") : a.officeOnly ? t("officeOnly") : t("staffOnly")}
                </p>
                {a.missingAlt.length > 0 && (
                  <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                    {t("missingAlt", { missing: a.missingAlt.length === 2 ? "both" : a.missingAlt[0]! })}
                  </p>
                )}
                {canEdit ? (
                  <AttachmentEditForm
                    key={`edit-${a.version}`}
                    id={a.id}
                    version={a.version}
                    name={a.fileName}
                    photo={a.kind === "photo"}
                    defaults={{
                      captionEn: a.captionEn ?? "",
                      captionZh: a.captionZh ?? "",
                      altEn: a.altEn ?? "",
                      altZh: a.altZh ?? "",
                      credit: a.credit ?? "",
                      ...(a.isPublic ? { isPublic: "on" } : {}),
                      ...(a.officeOnly ? { officeOnly: "on" } : {}),
                    }}
                  />
                ) : (
                  <Details attachment={a} />
                )}
                {a.updatedByName && <p className="text-xs text-slate-600">{t("lastChanged", { name: a.updatedByName, time: staffTime(a.updatedAt) })}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
      {canEdit && <AttachmentUploadForm ownerKind={owner.kind} ownerId={owner.id} maxBytes={maxAttachmentBytes} />}
    </section>
  );
}

/** What staff wrote about an attachment, to read. */
function Details({ attachment: a }: { attachment: Attachment }) {
  const t = staffText("Attachments");
  const rows = (a.kind === "photo" ? (["captionEn", "captionZh", "altEn", "altZh", "credit"] as const) : (["captionEn", "captionZh", "credit"] as const))
    .map((key) => [t(`fields.${key}`), a[key]] as const)
    .filter(([, value]) => value);
  if (!rows.length) return null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-600">{label}</dt>
          <dd className="[overflow-wrap:anywhere] text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
