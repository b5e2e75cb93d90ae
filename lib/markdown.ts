import type { Element, ElementContent, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type Plugin } from "unified";

/**
 * The allow-list every rendering of staff-written Markdown goes through: the site's Markdown component (as a rehype
 * plugin of react-markdown) and the Atom feed (as HTML text). Raw HTML in the source is dropped, elements not listed
 * are replaced by their content, attributes are dropped but a link's address, and links keep only http(s), mailto and
 * this site's addresses.
 */
export const allowedElements = new Set(["p", "strong", "em", "a", "ul", "ol", "li", "blockquote", "h3", "h4", "br", "code"]);

const safeHref = /^(https?:|mailto:|\/|#)/i;

/** A link's address when it may be followed, else null (then the link is its text alone, not a link to nowhere). */
const linkTarget = (href: unknown): string | null => (typeof href === "string" && safeHref.test(href) ? href : null);

function clean(children: (RootContent | ElementContent)[]): ElementContent[] {
  return children.flatMap((node): ElementContent[] => {
    if (node.type === "text") return [node];
    if (node.type !== "element") return []; // raw HTML, comments, doctypes
    const content = clean(node.children);
    if (!allowedElements.has(node.tagName)) return content;
    if (node.tagName === "a") {
      const href = linkTarget(node.properties.href);
      if (!href) return content;
      return [{ ...node, properties: { href, rel: ["noopener", "noreferrer"] }, children: content }];
    }
    return [{ ...node, properties: {}, children: content } satisfies Element];
  });
}

/** The rehype plugin: the tree keeps only what the allow-list lets through. */
export const rehypeAllowList: Plugin<[], Root> = () => (tree) => ({ ...tree, children: clean(tree.children) });

const toSafeHtml = unified().use(remarkParse).use(remarkRehype).use(rehypeAllowList);

/** Staff Markdown as the HTML the site shows for it, for places that take HTML text (the Atom feed). */
export function markdownToHtml(source: string): string {
  return toHtml(toSafeHtml.runSync(toSafeHtml.parse(source)));
}
