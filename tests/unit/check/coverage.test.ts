import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverage } from '../../../src/lib/coverage.ts';

const para = (text: string, line: number) => ({ text, line });
const src = '台州共富工作简报第1期甲县做法一开头第一段。第二段。乙县做法二乙的第一段。乙的第二段。[1]注释的文字印在页脚。乙的第三段。报：市领导';

test('pages that keep their source whole, in order, with titles between them and a footnote where the page foot was', () => {
  const pages = [
    { id: 'a', title: '甲县做法一', paragraphs: [para('开头第一段。', 1), para('第二段。', 3)] },
    { id: 'b', title: '乙县 做法二', paragraphs: [para('乙的第一段。', 1), para('乙的第二段。', 3), para('乙的第三段。', 5), para('[^1]: 注释的文字印在页脚。', 7)] },
  ];
  assert.deepEqual(coverage(pages, src.replace('[1]', '')), []);
});

test('a paragraph left out, one out of order, a title not as printed', () => {
  const a = { id: 'a', title: '甲县做法一', paragraphs: [para('开头第一段。', 1)] };
  const b = { id: 'b', title: '乙县做法二', paragraphs: [para('乙的第一段。', 1), para('乙的第三段。', 3)] };
  const text = src.replace('[1]注释的文字印在页脚。', '');
  assert.deepEqual(coverage([a, b], text), [
    { kind: 'gap', page: 'a', line: 1, text: '第二段。', after: '开头第一段。' },
    { kind: 'gap', page: 'b', line: 1, text: '乙的第二段。', after: '乙的第一段。' },
  ]);
  const swapped = { ...b, paragraphs: [para('乙的第二段。', 1), para('乙的第一段。', 3), para('乙的第三段。', 5)] };
  assert.deepEqual(coverage([{ ...a, paragraphs: [...a.paragraphs, para('第二段。', 3)] }, swapped], text), [
    { kind: 'order', page: 'b', line: 3, text: '乙的第一段。', more: 0 },
  ]);
  const renamed = { ...b, title: '乙县的另一个做法' };
  assert.deepEqual(coverage([{ ...a, title: '甲县', paragraphs: [...a.paragraphs, para('第二段。', 3)] }, { ...renamed, paragraphs: [para('乙的第一段。', 1), para('乙的第二段。', 3), para('乙的第三段。', 5)] }], text), [
    { kind: 'title', page: 'b', printed: '乙县做法二' },
  ]);
  // 甲县 is in 甲县做法一: a title the source has shortly before the text passes; one it has nowhere there does not.
  // (乙县's text after it is in no page: a gap too.)
  assert.deepEqual(coverage([{ ...a, title: '丙县做法', paragraphs: [para('开头第一段。', 1), para('第二段。', 3)] }], text).map((p) => p.kind), ['title', 'gap']);
});

test('a paragraph left out at either end: after the first title, or before the 报/送/发 lines or the colophon', () => {
  const a = { id: 'a', title: '甲县做法一', paragraphs: [para('开头第一段。', 1), para('第二段。', 3)] };
  const b = { id: 'b', title: '乙县做法二', paragraphs: [para('乙的第一段。', 1), para('乙的第二段。', 3), para('乙的第三段。', 5)] };
  const text = src.replace('[1]注释的文字印在页脚。', '');
  assert.deepEqual(coverage([a, b], text), []);
  assert.deepEqual(coverage([{ ...a, paragraphs: [para('第二段。', 1)] }, b], text), [{ kind: 'lead', page: 'a', line: 1, text: '开头第一段。' }]);
  assert.deepEqual(coverage([a, { ...b, paragraphs: b.paragraphs.slice(0, 2) }], text), [
    { kind: 'gap', page: 'b', line: 3, text: '乙的第三段。', after: '乙的第二段。' },
  ]);
  // No distribution lines: the colophon ends the text, the issuer printed before its date is no page's.
  const colophon = text.replace('报：市领导', '某某办公室2022年1月25日印发');
  assert.deepEqual(coverage([a, b], colophon), []);
  assert.deepEqual(coverage([a, { ...b, paragraphs: b.paragraphs.slice(0, 2) }], colophon).map((p) => p.kind === 'gap' && p.text), ['乙的第三段。']);
  // A line without a sentence end between the title and the text (a subtitle) is not a paragraph left out.
  assert.deepEqual(coverage([a, b], text.replace('甲县做法一开头', '甲县做法一——系列报道之一开头')), []);
});

test('a plan is its whole source: a red-header line or the closing 印发 lines left out are reported; its title and status lines are the page’s heading', () => {
  const plan = '中共某县委办公室文件某委办发〔2022〕1号关于印发《某县行动方案》的通知各乡镇：现印发给你们。某县行动方案（征求意见稿）一、总体要求为了增收。中共某县委办公室2022年6月30日印发';
  const whole = { title: '某县行动方案' };
  const page = (...texts: string[]) => [{ id: 'p', paragraphs: texts.map((t, i) => para(t, 1 + 2 * i)) }];
  const all = ['中共某县委办公室文件', '某委办发〔2022〕1号', '关于印发《某县行动方案》的通知', '各乡镇：', '现印发给你们。', '某县行动方案', '（征求意见稿）', '一、总体要求', '为了增收。', '中共某县委办公室', '2022年6月30日印发'];
  assert.deepEqual(coverage(page(...all), plan, whole), []);
  assert.deepEqual(coverage(page(...all.slice(1)), plan, whole), [{ kind: 'lead', page: 'p', line: 1, text: '中共某县委办公室文件' }]);
  assert.deepEqual(coverage(page(...all.slice(0, -1)), plan, whole), [{ kind: 'gap', page: 'p', line: 19, text: '2022年6月30日印发', after: '中共某县委办公室' }]);
  assert.deepEqual(coverage(page(...all.slice(0, -2)), plan, whole), [{ kind: 'gap', page: 'p', line: 17, text: '中共某县委办公室2022年6月30日印发', after: '为了增收。' }]);
  // A plan printed without a notice opens with its title and status: the page shows them as its heading and status.
  const bare = '某县行动方案（征求意见稿）一、总体要求为了增收。';
  assert.deepEqual(coverage(page('一、总体要求', '为了增收。'), bare, whole), []);
  assert.deepEqual(coverage(page('为了增收。'), bare, whole), [{ kind: 'lead', page: 'p', line: 1, text: '一、总体要求' }]);
});

test('a paragraph moved over the border of two pages is said to be the other page’s, not a title or a gap', () => {
  const text = src.replace('[1]注释的文字印在页脚。', '');
  const a = { id: 'a', title: '甲县做法一', paragraphs: [para('开头第一段。', 1), para('第二段。', 3)] };
  const b = { id: 'b', title: '乙县做法二', paragraphs: [para('乙的第一段。', 1), para('乙的第二段。', 3), para('乙的第三段。', 5)] };
  // The last paragraph of a put at the head of b.
  assert.deepEqual(coverage([{ ...a, paragraphs: a.paragraphs.slice(0, 1) }, { ...b, paragraphs: [para('第二段。', 1), ...b.paragraphs] }], text), [
    { kind: 'misplaced', page: 'b', line: 1, text: '第二段。', belongs: 'a', more: 0 },
  ]);
  // The first two of b put at the end of a.
  assert.deepEqual(coverage([{ ...a, paragraphs: [...a.paragraphs, para('乙的第一段。', 5), para('乙的第二段。', 7)] }, { ...b, paragraphs: b.paragraphs.slice(2) }], text), [
    { kind: 'misplaced', page: 'a', line: 5, text: '乙的第一段。', belongs: 'b', more: 1 },
  ]);
  // A title quoted inside a paragraph is not where its page begins.
  const quoting = text.replace('开头第一段。', '开头第一段说乙县做法二。');
  assert.deepEqual(coverage([{ ...a, paragraphs: [para('开头第一段说乙县做法二。', 1), para('第二段。', 3)] }, b], quoting), []);
});

test('several paragraphs of one page out of order are one problem, with how many more (not one message each)', () => {
  const a = { id: 'a', title: '甲县做法一', paragraphs: [para('开头第一段。', 1), para('第二段。', 3)] };
  const text = src.replace('[1]注释的文字印在页脚。', '');
  // 第三段 first: 第一段 and 第二段 both come before it in the source.
  const b = { id: 'b', title: '乙县做法二', paragraphs: [para('乙的第三段。', 1), para('乙的第一段。', 3), para('乙的第二段。', 5)] };
  assert.deepEqual(coverage([a, b], text), [{ kind: 'order', page: 'b', line: 3, text: '乙的第一段。', more: 1 }]);
});
