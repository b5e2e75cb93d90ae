import { currentUserOrNobody } from "@/lib/auth/session";
import { attachmentResponse, parseFileName } from "@/lib/attachments/http";
import { readAttachmentFile } from "@/lib/attachments/public";
import { routeId } from "@/lib/validation/lists";

/**
 * An attachment's file: /files/{id}/{its file name} for the original, /files/{id}/w640.webp for a rendition. The
 * public gets the public files of published records, cacheable by anyone; everything else only a staff session that
 * may open it (lib/attachments/public.ts, mayDownload), never cached. Anyone else gets the same 404 as for a file that
 * does not exist, so that a draft's files can't be probed for.
 */
export async function GET(request: Request, { params }: RouteContext<"/files/[id]/[name]">): Promise<Response> {
  const { id: rawId, name } = await params;
  const id = routeId(rawId);
  const wanted = parseFileName(decodeURIComponent(name));
  if (!id || !wanted) return notFound();
  // The public's answer first: no session is read for a public file, so its answer is the same for everyone.
  const open = await readAttachmentFile({ id, width: wanted.width }, null);
  if (open) return open.fileName === wanted.name || wanted.width !== undefined ? attachmentResponse(request, open, "public") : notFound();
  const viewer = await currentUserOrNobody();
  const file = viewer ? await readAttachmentFile({ id, width: wanted.width }, viewer) : null;
  if (!file || (wanted.width === undefined && file.fileName !== wanted.name)) return notFound();
  return attachmentResponse(request, file, "staff");
}

const notFound = () =>
  new Response("Not found.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
