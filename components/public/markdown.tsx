import ReactMarkdown, { defaultUrlTransform } from "react-markdown";

/**
 * The one place staff-written Markdown becomes HTML. react-markdown builds React elements (never inner HTML), raw
 * HTML in the source is dropped, and links keep only http(s), mailto and relative URLs.
 */
const allowedElements = ["p", "strong", "em", "a", "ul", "ol", "li", "blockquote", "h3", "h4", "br", "code"];

export function Markdown({ source }: { source: string }) {
  return (
    <div className="prose-amity space-y-3 leading-relaxed">
      <ReactMarkdown
        skipHtml
        allowedElements={allowedElements}
        unwrapDisallowed
        urlTransform={(url) => {
          const safe = defaultUrlTransform(url);
          return /^(https?:|mailto:|\/|#)/i.test(safe) ? safe : "";
        }}
        components={{
          // A link whose address was refused (javascript:, data:…) is its text alone, not a link to nowhere.
          a: ({ href, children }) =>
            href ? (
              <a href={href} className="text-brand-700 underline" rel="noopener noreferrer">
                {children}
              </a>
            ) : (
              <>{children}</>
            ),
        }}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
