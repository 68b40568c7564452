/**
 * Rehype plugin: a footnote's number in the text (the `<sup>` remark-gfm writes for `[^1]`) is left out of the
 * search index. It is a link on the page, but in a search result's excerpt it would read as part of the text: 集成
 * “1+4+6+X”1功能. The footnote itself, at the end of the body, is indexed as any paragraph.
 */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const isFootnoteRef = (n: Node) => n.type === 'element' && n.tagName === 'sup' && (n.children ?? []).some((c) => c.type === 'element' && c.tagName === 'a' && c.properties?.dataFootnoteRef !== undefined);

export default function rehypeFootnoteRefs(_options?: { version?: string }) {
  return (tree: Node) => {
    const visit = (n: Node) => {
      for (const c of n.children ?? []) {
        if (isFootnoteRef(c)) c.properties = { ...c.properties, dataPagefindIgnore: '' };
        else visit(c);
      }
    };
    visit(tree);
  };
}
