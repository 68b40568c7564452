// Schema errors in the editor's words (src/check/schema-messages.ts): each of Zod's issues, as the check reports it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { issueMessage } from '../../../src/check/schema-messages.ts';
import { edit, problemsAfter } from '../../support/content-copy.ts';

function expectLines(problems: string[], lines: string[]): void {
  for (const line of lines) assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

/** The check's message for `value` against `schema` (which must refuse it). */
function message(schema: z.ZodType, value: unknown): string {
  const r = schema.safeParse(value);
  assert.ok(!r.success, `${String(value)} passes`);
  return issueMessage(r.error.issues[0]!, value);
}

test('a whole number written with decimals is refused as not a whole number, with what was written', () => {
  assert.equal(message(z.number().int(), 2021.5), '应为整数，收到数字 2021.5');
});

test('an empty list where one item at least is needed says the list may not be empty', () => {
  assert.equal(message(z.array(z.string()).min(1), []), '至少 1 项，不能为空列表');
  assert.equal(message(z.array(z.string()).min(2), ['a']), '至少 2 项');
});

test('a lower bound says whether the bound itself is allowed', () => {
  assert.equal(message(z.number().gt(0), 0), '应大于 0，收到 0');
  assert.equal(message(z.number().min(0), -1), '不能小于 0，收到 -1');
  assert.equal(message(z.number().lt(100), 100), '应小于 100，收到 100');
  assert.equal(message(z.number().max(100), 101), '不能大于 100，收到 101');
});

test('YAML’s .nan and .inf are named as what they are, not as a number', () => {
  assert.equal(message(z.number(), Number.NaN), '应为数字，收到NaN（YAML 的 .nan/.inf，不是一个数）');
  assert.equal(message(z.number(), Number.POSITIVE_INFINITY), '应为数字，收到Infinity（YAML 的 .nan/.inf，不是一个数）');
});

test('a text over its length names the limit and the length written', () => {
  assert.equal(message(z.string().max(5), '一二三四五六'), '最多 5 个字符，收到 6 个字符');
});

test('a required field with a fixed list of values, left out, says it is missing and lists the values (not “收到 键值对 undefined”)', async () => {
  const { edit, problemsAfter } = await import('../../support/content-copy.ts');
  const problems = problemsAfter((dir) => edit(dir, 'plans/qingtian-action-plan.md', /^status: .*\n/m, ''));
  assert.ok(problems.includes('plans/qingtian-action-plan.md: status: 缺少必填字段：只能是以下之一：正式印发、征求意见稿'), problems.join('\n'));
  assert.equal(message(z.object({ kind: z.enum(['result', 'target']) }).shape.kind, undefined), '缺少必填字段：只能是以下之一：result（成效）、target（目标）');
});

test('a year written with 年 (2021年) is told to keep the digits only', () => {
  assert.equal(message(z.number().int(), '2021年'), '应为数字，收到文字 “2021年”（年份只写数字：2021）');
  assert.equal(message(z.number(), ' 2025 年'), '应为数字，收到文字 “ 2025 年”（年份只写数字：2025）');
});

test('an int field is told apart from a number field only where it matters: a whole number, and text typed for it', () => {
  assert.equal(message(z.int(), -2.5), '应为整数，收到数字 -2.5');
  assert.equal(message(z.number().int(), '2021'), '应为数字，收到文字 “2021”（数字不加引号）');
  assert.equal(message(z.number().int().positive(), '３'), '应为数字，收到文字 “３”（这是全角数字：改成半角 3）');
  assert.equal(message(z.number().int(), Infinity), message(z.number(), Infinity));
});

test('a value typed with its unit (72000人次, 100%, 15.3万元) or in Chinese numerals (两万, 七万二千) is told the number to write', () => {
  assert.equal(message(z.number(), '72000人次'), '应为数字，收到文字 “72000人次”（value 只写数字 72000，单位写在 unit：人次）');
  assert.equal(message(z.number(), '100%'), '应为数字，收到文字 “100%”（value 只写数字 100，单位写在 unit：%）');
  assert.equal(message(z.number(), '15.3万元'), '应为数字，收到文字 “15.3万元”（value 只写数字 153000，万/亿已换算，单位写在 unit：元）');
  assert.equal(message(z.number(), '两万'), '应为数字，收到文字 “两万”（汉字写的数要写成阿拉伯数字：20000）');
  assert.equal(message(z.number(), '七万二千'), '应为数字，收到文字 “七万二千”（汉字写的数要写成阿拉伯数字：72000）');
});

test('fixed lists: every enum field is told its options in Chinese, Chinese options too (plan status, region level)', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'plans/qingtian-action-plan.md', /^status: .*$/m, 'status: 正式发布');
    edit(dir, 'taxonomy/regions.yaml', /level: 县$/m, 'level: 县级');
  });
  expectLines(problems, [
    'plans/qingtian-action-plan.md: status: 只能是以下之一：正式印发、征求意见稿，收到 “正式发布”',
    'taxonomy/regions.yaml: [7].level: 只能是以下之一：市、区、县级市、县，收到 “县级”',
  ]);
  assert.ok(!problems.some((p) => /Invalid|expected/.test(p)), problems.join('\n'));
});
