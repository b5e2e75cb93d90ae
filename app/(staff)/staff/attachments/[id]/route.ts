import { readAttachmentFile } from "@/lib/attachments/public";
import { authorizeRoute } from "@/lib/auth/session";
import { routeId } from "@/lib/validation/lists";

/**
 * An attachment's file for staff (any role, whatever the record's publication or the file's): the original, or with
 * ?w=320 (a width it has) that WebP rendition, for the thumbnails of a record's "Photos and documents". A photo is
 * shown inline; a PDF is downloaded, never opened as a page of this site. Private to the browser that asked; revalidated
 * by its ETag (the content's SHA-256), so a thumbnail is sent once.
 */
export async function GET(request: Request, { params }: RouteContext<"/staff/attachments/[id]">): Promise<Response> {
  const access = await authorizeRoute("viewer");
  if (!access.ok) return access.response;
  const id = routeId((await params).id);
  const w = new URL(request.url).searchParams.get("w");
  const width = w === null ? undefined : routeId(w);
  if (!id || width === null) return notFound();
  const file = await readAttachmentFile({ id, width }, access.user);
  if (!file) return notFound();
  const headers = new Headers({ ETag: file.etag, "Cache-Control": "private, no-cache" });
  if (request.headers.get("if-none-match") === file.etag) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", file.mediaType);
  headers.set("Content-Length", String(file.bytes.byteLength));
  const disposition = file.mediaType === "application/pdf" ? "attachment" : "inline";
  headers.set("Content-Disposition", `${disposition}; filename="${asciiName(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  return new Response(Buffer.from(file.bytes), { status: 200, headers });
}

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The name for clients that read only `filename`: printable ASCII, without quotes or backslashes. */
const asciiName = (name: string) => name.replace(/[^\x20-\x7e]|["\\]/g, "_");
