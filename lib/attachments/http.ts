import "server-only";
import { isNotModified } from "@/lib/conditional-get";
import type { AttachmentFile } from "./public";

/** A file's address: its original by its file name, or one of its renditions (`w640.webp`). */
export function attachmentHref(attachment: { id: number; fileName: string }, width?: number): string {
  return `/files/${attachment.id}/${width === undefined ? encodeURIComponent(attachment.fileName) : `w${width}.webp`}`;
}

/** What a /files/{id}/{name} address asks for: a rendition's width, or the original by its name. Null: neither. */
export function parseFileName(name: string): { width?: number; name: string } | null {
  const rendition = /^w(\d{2,5})\.webp$/.exec(name);
  if (rendition) return { width: Number(rendition[1]), name };
  return name.length > 0 && name.length <= 255 ? { name } : null;
}

/**
 * A file's answer: its bytes with their type (checked by content when uploaded), a strong ETag (its SHA-256) answered
 * with 304 when the client's copy is current, and how long it may be kept: a public file a day by anyone (a file
 * withdrawn from the public is gone from caches by the next day; its ETag makes the daily check cheap), a staff file
 * by nobody. A photo is shown; a PDF is downloaded, never opened as a page of this site's origin; nothing is sniffed
 * into another type.
 */
export function attachmentResponse(request: Request, file: AttachmentFile, audience: "public" | "staff"): Response {
  const headers = new Headers({
    ETag: file.etag,
    "Cache-Control": audience === "public" ? "public, max-age=86400" : "private, no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Disposition": `${file.mediaType === "application/pdf" ? "attachment" : "inline"}; filename="${asciiName(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  });
  if (audience === "staff") headers.set("Vary", "Cookie");
  if (isNotModified(request.headers, { etag: file.etag, lastModified: null })) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", file.mediaType);
  headers.set("Content-Length", String(file.bytes.byteLength));
  return new Response(file.bytes as BodyInit, { headers });
}

/** The name for clients that read only `filename`: printable ASCII, without quotes or backslashes. */
const asciiName = (name: string) => name.replace(/[^\x20-\x7e]|["\\]/g, "_");
