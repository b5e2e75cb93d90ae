import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { safeReturnPath } from "@/lib/forms";
import { htmlLang } from "@/lib/i18n/content";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The 503 page, for a request that needed the database while it can't be reached: in the language of the page the
 * visitor came from (else their browser's), with the way back and the reference the server logged. A route handler,
 * because a page can't answer 503; self-contained, because the styles and scripts are not what matters now.
 */
export function GET(request: Request) {
  const url = new URL(request.url);
  const back = safeReturnPath(url.searchParams.get("back"), "/");
  const ref = (url.searchParams.get("ref") ?? "").replace(/[^A-Za-z0-9-]/g, "").slice(0, 64);
  const chinese = back.startsWith("/zh") || (!back.startsWith("/en") && /^zh\b/i.test(request.headers.get("accept-language") ?? ""));
  const t = (chinese ? zh : en).Unavailable;
  const html = `<!doctype html>
<html lang="${htmlLang[chinese ? "zh" : "en"]}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escape(t.title)}</title>
<style>body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#0f172a}
header{background:#112e54;border-bottom:4px solid #a4262c;padding:1rem}main{max-width:36rem;margin:0 auto;padding:3rem 1rem}
h1{color:#112e54;font-size:1.5rem}a{color:#173d6e}.button{display:inline-block;background:#1f4e8c;color:#fff;padding:.5rem 1rem;border-radius:.25rem;text-decoration:none;margin-right:1rem}
.ref{color:#64748b;font-size:.875rem;margin-top:2rem}</style></head>
<body><header></header><main id="main"><h1>${escape(t.title)}</h1><p>${escape(t.help)}</p>
<p><a class="button" href="${escape(back)}">${escape(t.retry)}</a><a href="/${chinese ? "zh" : "en"}">${escape(t.home)}</a></p>
${ref ? `<p class="ref">${escape(t.reference.replace("{ref}", ref))}</p>` : ""}</main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "30", "Cache-Control": "no-store" },
  });
}
