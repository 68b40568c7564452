/**
 * Rehype plugin: puts the site's base path in front of the root-relative links of a body. Editors write site links
 * as `/practices/x/` (the content check checks them so); a site built with `BASE_PATH=/gongfu/` serves that page at
 * `/gongfu/practices/x/`, as the site's own links (src/lib/urls.ts) already say. Links to other sites (`https://…`,
 * `//host/…`), fragments (`#m-1`) and relative paths are left alone.
 *
 * Covers Markdown links and images (`href`, `src` of elements), raw HTML in a `.md` body (`raw` nodes) and HTML tags
 * in an `.mdx` body (JSX elements with string attributes).
 */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  value?: string;
  children?: Node[];
}

const ATTRIBUTES = ['href', 'src', 'poster', 'action', 'cite'];

/** `href` with `base` (`/gongfu`, no trailing slash) in front when it is root-relative (`/x/`, not `//host/`). */
function withBase(href: string, base: string): string {
  return base && href.startsWith('/') && !href.startsWith('//') ? `${base}${href}` : href;
}

export default function rehypeBaseLinks(options: { base?: string; version?: string } = {}) {
  const base = (options.base ?? '/').replace(/\/+$/, '');
  return (tree: Node) => {
    if (!base) return;
    const visit = (node: Node) => {
      if (node.type === 'element' && node.properties) {
        for (const name of ATTRIBUTES) {
          const v = node.properties[name];
          if (typeof v === 'string') node.properties[name] = withBase(v, base);
        }
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.attributes) {
        for (const a of node.attributes) {
          if (a.type === 'mdxJsxAttribute' && ATTRIBUTES.includes(a.name ?? '') && typeof a.value === 'string') a.value = withBase(a.value, base);
        }
      } else if (node.type === 'raw' && typeof node.value === 'string') {
        node.value = node.value.replace(/(\s(?:href|src|poster|action|cite)\s*=\s*)(["'])(\/(?!\/)[^"']*)\2/gi, (_, attr: string, q: string, url: string) => `${attr}${q}${base}${url}${q}`);
      }
      for (const c of node.children ?? []) visit(c);
    };
    visit(tree);
  };
}
