/**
 * Rehype plugin: each figure of a body (2568.85万元, 2.58 万人次, 2021年) is wrapped in `<span class="fig">`, which the
 * stylesheet keeps on one line (src/lib/figure-runs.ts says why). Runs after the metric anchors, which look for a
 * quote in one text node.
 */
import { figureRuns } from '../lib/figure-runs.ts';

interface Node {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/** Code and preformatted text keep their own lines; a figure already wrapped is not wrapped again. */
const SKIP = new Set(['code', 'pre', 'script', 'style']);

export default function rehypeFigures(_options?: { version?: string }) {
  return (tree: Node) => {
    const visit = (n: Node) => {
      const children = n.children;
      if (!children) return;
      for (let i = 0; i < children.length; i++) {
        const c = children[i]!;
        if (c.type === 'text') {
          const runs = figureRuns(c.value ?? '');
          if (!runs.some((r) => r.figure)) continue;
          const parts: Node[] = runs.map((r) => (r.figure ? { type: 'element', tagName: 'span', properties: { className: ['fig'] }, children: [{ type: 'text', value: r.text }] } : { type: 'text', value: r.text }));
          children.splice(i, 1, ...parts);
          i += parts.length - 1;
        } else if (c.type === 'element' && !SKIP.has(c.tagName ?? '') && !(c.properties?.className as string[] | undefined)?.includes('fig')) visit(c);
      }
    };
    visit(tree);
  };
}
