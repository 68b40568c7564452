import { toHalfWidth } from '../../lib/numbers.ts';
import { invisibleIn } from '../text.ts';
import { cutText } from '../../lib/format.ts';
import { lineStarts, type LineStart } from '../body-structure.ts';
import type { Problem, RawCorpus } from '../types.ts';

/**
 * Characters an editor cannot see (pasted from a web page or a chat): an id with one is unknown, a title or a quote
 * with one differs from the text although it looks the same. Each is named where it is.
 */
export function checkInvisible(corpus: RawCorpus, problems: Problem[]): void {
  for (const list of [corpus.regions, corpus.groups, corpus.measures, corpus.indicators, corpus.synonyms, corpus.briefings, corpus.practices, corpus.plans]) {
    for (const e of list) {
      if (e.unreadable) continue;
      const walk = (v: unknown, path: string) => {
        if (typeof v === 'string') {
          const hit = invisibleIn(v);
          if (hit) problems.push({ file: e.file, field: path || '(值)', message: `“${cutText(v, 30)}”含有看不见的字符 ${hit}：请删除它（${hit.includes('不换行空格') ? '换成普通空格，或' : ''}在编辑器中删去后重新输入这一处）` });
        } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : `${e.at ?? ''}${e.at ? '.' : ''}${k}`);
      };
      walk(e.data, e.at ?? '');
      const lines = (e.body ?? '').split('\n');
      // A Tab that makes a line code, or follows a list marker, is told with what it does (bodyStructure), not again.
      const starts = list === corpus.practices || list === corpus.plans ? lineStarts(lines, !e.file.endsWith('.mdx')) : new Map<number, LineStart>();
      lines.forEach((line, i) => {
        const told = starts.get(i)?.prefix ?? '';
        const hit = invisibleIn(line.slice(told.length));
        if (hit) problems.push({ file: e.file, field: 'body', message: `第 ${i + (e.bodyLine ?? 1)} 行含有看不见的字符 ${hit}：请删除它，否则这一行与原文对不上、搜索也找不到` });
        // Full-width digits (２０２１) are the same figures to the comparison with the source, so nothing else reports
        // them; but the page would print them so, unlike every other page, and search for 2021 would not find them.
        const wide = /[０-９][０-９，．、％]*/.exec(line)?.[0];
        if (wide) problems.push({ file: e.file, field: 'body', message: `第 ${i + (e.bodyLine ?? 1)} 行有全角数字“${wide}”：数字一律写成半角（${toHalfWidth(wide)}），与原文、引文和其他页面一致（导入就是这样写的）` });
      });
    }
  }
}
