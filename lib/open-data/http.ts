import { openDataFiles, type OpenDataFileName } from "./files";
import { isNotModified } from "@/lib/conditional-get";
import { openDataLicence } from "./licence";

/**
 * How the open data files answer HTTP (app/data/[file]/route.ts): with validators, so that a client that has the file
 * asks again cheaply and gets 304 Not Modified until staff publish a change; open to scripts on any site (CORS).
 */

/** The parts of a built file that HTTP needs (lib/data/open-data.ts). */
export interface ServedFile {
  name: OpenDataFileName;
  body: string;
  etag: string;
  lastModified: string | null;
}

/** The answer to a GET (or HEAD) of a file: the file, or 304 with the same validators and no body. */
export function openDataResponse(request: Request, file: ServedFile): Response {
  const { contentType, disposition } = openDataFiles[file.name];
  const headers: Record<string, string> = {
    ETag: file.etag,
    // Cached by browsers and proxies, but checked again on every use: a change shows on the next request.
    "Cache-Control": "public, max-age=0, must-revalidate",
    "Access-Control-Allow-Origin": "*",
    // Last-Modified is readable by a script on another site anyway; the others only when exposed.
    "Access-Control-Expose-Headers": "ETag, Content-Disposition, Link",
    // The licence travels with every file, the CSV too, which has no place for it inside (RFC 8288; "license" is a
    // registered relation), and so does the page that describes the files.
    Link: `<${openDataLicence.urlEn}>; rel="license", </en/data>; rel="describedby"`,
  };
  if (file.lastModified) headers["Last-Modified"] = new Date(file.lastModified).toUTCString();
  if (isNotModified(request.headers, file)) return new Response(null, { status: 304, headers });
  return new Response(file.body, {
    headers: { ...headers, "Content-Type": contentType, "Content-Disposition": `${disposition}; filename="${file.name}"` },
  });
}

/**
 * The answer to a CORS preflight: a script on another site that sends its own If-None-Match or If-Modified-Since (not
 * headers a browser lets through unasked) may, for a day before it asks again.
 */
export function openDataPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
      "Access-Control-Max-Age": "86400",
    },
  });
}
