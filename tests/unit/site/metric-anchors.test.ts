// Each figure's sentence is marked so that its card can link to it (#m-N): also when quotes are the same, nested or
// overlapping, which left 12 figures of the seeds pointing at the top of their paragraph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import rehypeMetricAnchors from '../../../src/markdown/rehype-metric-anchors.ts';

type Node = { type: string; value?: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[] };
const text = (value: string): Node => ({ type: 'text', value });
const p = (...children: Node[]): Node => ({ type: 'element', tagName: 'p', properties: {}, children });
const strong = (value: string): Node => ({ type: 'element', tagName: 'strong', properties: {}, children: [text(value)] });

/** The tree as HTML, with only the ids and classes the plugin sets. */
function html(n: Node): string {
  if (n.type === 'text') return n.value!;
  const inner = (n.children ?? []).map(html).join('');
  if (n.type === 'root') return inner;
  const id = n.properties?.id ? ` id="${String(n.properties.id)}"` : '';
  return `<${n.tagName}${id}>${inner}</${n.tagName}>`;
}

function mark(body: Node[], quotes: string[]): string {
  const tree = { type: 'root', children: body };
  rehypeMetricAnchors()(tree as never, { data: { astro: { frontmatter: { metrics: quotes.map((quote) => ({ quote })) } } } });
  return html(tree);
}

test('a quote is marked where it is', () => {
  assert.equal(mark([p(text('甲县新增高技能人才 4503人，居第一。'))], ['新增高技能人才 4503人']), '<p>甲县<mark id="m-1">新增高技能人才 4503人</mark>，居第一。</p>');
});

test('the same quote for two figures, and a quote inside another, are marked inside it', () => {
  assert.equal(
    mark([p(text('分别可领取 10万元、5万元安家补贴。'))], ['分别可领取 10万元、5万元安家补贴', '分别可领取 10万元、5万元安家补贴', '5万元安家补贴']),
    '<p><mark id="m-1"><mark id="m-2">分别可领取 10万元、<mark id="m-3">5万元安家补贴</mark></mark></mark>。</p>',
  );
});

test('overlapping quotes: the later one is marked with the whole of what it overlaps, from its own start', () => {
  assert.equal(
    mark([p(text('分别享受一次性技能津贴 1900元、1400元、1100元和 800元。'))], ['分别享受一次性技能津贴 1900元', '1900元、1400元', '1400元、1100元']),
    '<p><mark id="m-3"><mark id="m-2"><mark id="m-1">分别享受一次性技能津贴 1900元</mark>、1400元</mark>、1100元</mark>和 800元。</p>',
  );
});

test('a quote across formatting is marked around it; a quote no paragraph holds is left for the content check', () => {
  assert.equal(mark([p(text('共有'), strong('22.9余万人次'), text('考取证书。'))], ['共有22.9余万人次考取']), '<p><mark id="m-1">共有<strong>22.9余万人次</strong>考取</mark>证书。</p>');
  assert.equal(mark([p(text('甲。')), p(text('乙。'))], ['甲。乙']), '<p>甲。</p><p>乙。</p>');
});
