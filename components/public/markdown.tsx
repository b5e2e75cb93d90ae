import ReactMarkdown from "react-markdown";
import { rehypeAllowList } from "@/lib/markdown";

/**
 * The one place staff-written Markdown becomes HTML on the site. react-markdown builds React elements (never inner
 * HTML); what it may build is lib/markdown.ts's allow-list, which the Atom feed shares.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="prose-amity space-y-3 leading-relaxed">
      <ReactMarkdown
        skipHtml
        rehypePlugins={[rehypeAllowList]}
        components={{
          a: ({ href, children }) => (
            <a href={href} className="text-brand-700 underline" rel="noopener noreferrer">
              {children}
            </a>
          ),
        }}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
