/** A briefing issue: its list of practices, its number among the series' issues, and what its source prints. */
import { createHash } from 'node:crypto';
import { isDraft, type CheckContext } from '../context.ts';
import { checkRef, idFromFileName, meantRef } from '../refs.ts';
import { idSchema } from '../../schemas/taxonomy.ts';
import type { Problem, RawEntry } from '../types.ts';
import { withoutWhitespace } from '../../lib/whitespace.ts';
import type { Correction } from '../../lib/fidelity.ts';
import { fieldDifference, flatText, printedField, printedIssue, type FlatText, type PrintedIssue } from '../../lib/seed-text.ts';
import type { FidelityRules } from './fidelity.ts';
import { editDistance } from '../../lib/suggest.ts';
import { seriesName, cutText } from '../../lib/format.ts';

// Worked out once per check: the issues, the practices and the entries rules all ask.
const renamedOf = new WeakMap<CheckContext, Map<string, Map<string, string>>>();

/**
 * Practice files renamed without their issue's list, by issue id: each id the issue lists that no file has and no
 * spelling suggests (meantRef), paired with the practice that names the issue as its own and that no issue lists,
 * when the issue has one of each. The pair is one mistake, told once: in the issue's message when the new name is an
 * id, in the file's when it is none (it is to take the listed id back).
 */
export function renamedPractices(ctx: CheckContext): Map<string, Map<string, string>> {
  const known = renamedOf.get(ctx);
  if (known) return known;
  const { briefings, practices, practiceIdx } = ctx;
  const listed = new Set(briefings.flatMap((b) => b.data.practices));
  // The practices no issue lists, by the issue they name: one pass over the practices, not one per issue.
  const unlisted = new Map<string, string[]>();
  for (const p of practices) {
    if (listed.has(p.entry.id) || listed.has(idFromFileName(p.entry.id) ?? '')) continue;
    unlisted.set(p.data.briefing, [...(unlisted.get(p.data.briefing) ?? []), p.entry.id]);
  }
  const pairs = new Map<string, Map<string, string>>();
  for (const b of briefings) {
    const claimants = unlisted.get(b.entry.id) ?? [];
    if (claimants.length !== 1) continue;
    const taken = new Set(b.data.practices);
    const unknown = b.data.practices.filter(
      (id) => !practiceIdx.ids.has(id) && meantRef(id, practiceIdx, taken) === undefined && ![...practiceIdx.ids].some((x) => idFromFileName(x) === id),
    );
    if (unknown.length === 1) pairs.set(b.entry.id, new Map([[unknown[0]!, claimants[0]!]]));
  }
  renamedOf.set(ctx, pairs);
  return pairs;
}

/**
 * Each issue lists its practices once, each practice in one issue; an issue's number is its own in its series and
 * year, and rises with the date; its source is in seeds/, unchanged. Returns the issues that list each practice.
 */
export function checkIssueLists(ctx: CheckContext): Map<string, string[]> {
  const { problems, briefings, practices, practiceIdx, seedFiles, checkSourceHash, unpublished } = ctx;
  const listedIn = new Map<string, string[]>();
  const practiceBriefing = new Map(practices.map((p) => [p.entry.id, p.data.briefing]));
  const issueNumber = new Map<string, (typeof briefings)[number]>();
  const specialNumbers = new Map<string, string>();
  // Each raw text, by the first issue that cites it.
  const sources = new Map<string, string>();
  const renamedAll = renamedPractices(ctx);
  for (const b of briefings) {
    // The ingest's placeholder for a series it could not read, once the issue is published: its page would be titled
    // with it.
    if (/待填写|待核对/.test(b.data.series) && !unpublished.briefings.has(b.entry.id)) {
      problems.push({ file: b.entry.file, field: 'series', message: `刊名“${b.data.series}”是导入留下的占位：照原文报头印的刊名填写（同一刊物各期必须一致）` });
    }
    const here = new Map<string, number>();
    const renamed = renamedAll.get(b.entry.id);
    b.data.practices.forEach((pid, i) => {
      const meant = renamed?.get(pid);
      // Renamed to a file name that is no id (温岭就业.md): that file's message says to take back the listed id.
      if (meant === undefined || idSchema.safeParse(meant).success) {
        checkRef(pid, practiceIdx, b.entry.file, `practices[${i}]`, problems, new Set(b.data.practices), meant);
      }
      const field = `practices[${i}]`;
      const before = here.get(pid);
      const elsewhere = listedIn.get(pid)?.find((id) => id !== b.entry.id);
      if (before !== undefined) {
        problems.push({ file: b.entry.file, field, message: `案例 ${pid} 在本期中重复（practices[${before}] 已列出）：每个案例只列一次` });
      } else if (elsewhere) {
        const own = practiceBriefing.get(pid);
        problems.push({ file: b.entry.file, field, message: `案例 ${pid} 已列在简报 ${elsewhere} 中：一个案例只属于一期简报${own ? `（它的 briefing 字段是 ${own}）` : ''}` });
      }
      if (before === undefined) here.set(pid, i);
      listedIn.set(pid, [...(listedIn.get(pid) ?? []), b.entry.id]);
    });
    // Two issues of one series cannot carry the same number in the same year: one of them is misread or misnamed. A
    // sub-series (实践创新) numbers its issues on its own: its 第3期 and the series' 第3期 are two issues.
    if (b.data.number !== undefined) {
      const year = b.data.date.getUTCFullYear();
      const key = `${seriesName(b.data)}\0${year}\0${b.data.number}`;
      const first = issueNumber.get(key);
      // When one of the two sources prints a masthead its number disagrees with, the masthead check names that one
      // (checkMastheads); otherwise either may be the slip, and the message names both issues and their sources.
      if (first && !numberContradicted(ctx, first) && !numberContradicted(ctx, b)) {
        const name = (f: string) => f.slice(f.lastIndexOf('/') + 1);
        problems.push({
          file: b.entry.file,
          field: 'number',
          message: `期号 ${b.data.number} 与 ${first.entry.file} 相同（都是《${seriesName(b.data)}》${year} 年第 ${b.data.number} 期）：两期中有一期填错了，对照两期原文的报头（seeds/${first.data.source} 和本期的 seeds/${b.data.source}；提取文本没有报头时看 PDF 原件）改正填错的那一期（${name(first.entry.file)} 或 ${name(b.entry.file)}），原文没有印期号时不填`,
        });
      } else if (!first) issueNumber.set(key, b);
    }
    // A supplement's own number (增刊第2期) goes with its sub-series; the series' 第N期 is not printed on it.
    if (b.data.specialNumber !== undefined) {
      if (!b.data.subseries) {
        problems.push({ file: b.entry.file, field: 'specialNumber', message: `specialNumber 是增刊（专刊、特刊）自己的期号，要与 subseries 一起填写（subseries: 增刊），页面引用为“《${b.data.series}》增刊第${b.data.specialNumber}期”；正刊的“第N期”填 number` });
      } else {
        const key = `${b.data.series}\0${b.data.subseries}\0${b.data.date.getUTCFullYear()}\0${b.data.specialNumber}`;
        const first = specialNumbers.get(key);
        if (first) problems.push({ file: b.entry.file, field: 'specialNumber', message: `${b.data.subseries}期号 ${b.data.specialNumber} 与 ${first} 相同（都是《${b.data.series}》${b.data.date.getUTCFullYear()} 年${b.data.subseries}第 ${b.data.specialNumber} 期）：照原文填写` });
        else specialNumbers.set(key, b.entry.file);
      }
    }
    // One raw text is one issue's: a source copied from the issue before (with the file) makes every other field look wrong.
    const sourceOf = sources.get(b.data.source);
    if (sourceOf) problems.push({ file: b.entry.file, field: 'source', message: `seeds/${b.data.source} 已是简报 ${sourceOf} 的原文：每期简报有自己的原文，source 是否填错了？（新的一期先把它的原文放进 seeds/）` });
    else sources.set(b.data.source, b.entry.id);
    if (seedFiles && !seedFiles.has(b.data.source)) {
      problems.push({ file: b.entry.file, field: 'source', message: `seeds/ 中没有文件 ${b.data.source}` });
    } else checkSourceHash(b.entry.file, b.data.source, b.data.sourceSha256);
  }
  // Within one series (sub-series included) and one year, issue numbers rise with the date: a later issue with a smaller number has its
  // number or its date wrong (an equal number is reported above).
  const numbered = new Map<string, { file: string; date: number; number: number }[]>();
  for (const b of briefings) {
    if (b.data.number === undefined) continue;
    const key = `${seriesName(b.data)}\0${b.data.date.getUTCFullYear()}`;
    numbered.set(key, [...(numbered.get(key) ?? []), { file: b.entry.file, date: b.data.date.getTime(), number: b.data.number }]);
  }
  const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
  for (const [key, list] of numbered) {
    const series = key.split('\0')[0];
    list.sort((a, b) => a.date - b.date);
    let highest: (typeof list)[number] | undefined;
    for (const b of list) {
      if (highest && highest.date < b.date && b.number < highest.number) {
        problems.push({
          file: b.file,
          field: 'number',
          message: `期号 ${b.number} 小于更早一期 ${highest.file} 的期号 ${highest.number}（《${series}》${isoDay(highest.date)} 是第 ${highest.number} 期，本期 ${isoDay(b.date)} 却是第 ${b.number} 期）：同一刊物同一年的期号应随日期递增。请对照原文核对两期的 number 和 date`,
        });
      }
      if (!highest || b.number > highest.number) highest = b;
    }
  }
  return listedIn;
}

/** A distribution line's or note's value that begins with its label (送：…, 抄送：…, 编者按：…). */
const LABELLED: Record<'reportTo' | 'sendTo' | 'copyTo' | 'distributeTo' | 'editorNote', RegExp> = {
  reportTo: /^[\s\u3000]*报[\s\u3000]*[：:]/,
  sendTo: /^[\s\u3000]*(?:抄送|送)[\s\u3000]*[：:]/,
  copyTo: /^[\s\u3000]*(?:抄送|送)[\s\u3000]*[：:]/,
  distributeTo: /^[\s\u3000]*发[\s\u3000]*[：:]/,
  editorNote: /^[\s\u3000]*编者按[\s\u3000]*[：:]/,
};

/** The line that is not to be mixed up with a field's: 送 and 抄送 are printed as two lines. */
const OTHER_LINE: Partial<Record<string, readonly [string, string]>> = { sendTo: ['copyTo', '抄送'], copyTo: ['sendTo', '送'] };

/** What an issue's raw text prints (masthead, colophon), read once per source; undefined when it cannot be read. */
export function printedOf(ctx: CheckContext, source: string): PrintedIssue | undefined {
  const { corpus, seedFiles, seedKeyOf, readSeed } = ctx;
  if (!corpus.readSeed || (seedFiles && !seedFiles.has(source))) return undefined;
  const key = corpus.memo && seedKeyOf(source);
  let printed = (key ? corpus.memo!.get(`printed\0${key}`) : undefined) as PrintedIssue | undefined;
  if (!printed) {
    const read = readSeed(source);
    if (!read || !('text' in read)) return undefined;
    printed = printedIssue(read.text);
    if (key) corpus.memo!.set(`printed\0${key}`, printed);
  }
  return printed;
}

/** Whether an issue's source prints a masthead its `number` disagrees with (reported by {@link checkMastheads}). */
function numberContradicted(ctx: CheckContext, b: CheckContext['briefings'][number]): boolean {
  const printed = printedOf(ctx, b.data.source);
  if (!printed) return false;
  if (printed.special) return b.data.number !== undefined;
  return printed.number !== undefined ? b.data.number !== printed.number : printed.masthead && b.data.number !== undefined;
}

/** What an issue's frontmatter says of it agrees with what its raw text prints (masthead, colophon). */
export function checkMastheads(ctx: CheckContext): void {
  const { corpus, problems, briefings, seedKeyOf, readSeed } = ctx;
  // Series names a source prints in its masthead: the ones an unprinted name is compared with (see checkSeriesNames).
  const printedSeries = new Set<string>();
  // The issues whose source prints a series: the masthead check compares their name with it.
  const confirmed = new Set<RawEntry>();
  for (const b of briefings) {
    const printed = printedOf(ctx, b.data.source);
    if (!printed) continue;
    const key = corpus.memo && seedKeyOf(b.data.source);
    if (printed.series) {
      printedSeries.add(printed.series);
      confirmed.add(b.entry);
    }
    const seed = `seeds/${b.data.source}`;
    const file = b.entry.file;
    const iso = b.data.date.toISOString().slice(0, 10);
    const asPrinted = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
    if (printed.dates.length && !printed.dates.includes(iso)) {
      problems.push({ file, field: 'date', message: `日期 ${iso} 与原文 ${seed} 印的日期（${printed.dates.map(asPrinted).join('、')}）不符：date 照原文报头或末尾“印发”行填写` });
    }
    const special = printed.special;
    if (special && b.data.specialNumber !== special.number) {
      problems.push({
        file,
        field: 'specialNumber',
        message: `${b.data.specialNumber === undefined ? 'specialNumber 未填' : `specialNumber ${b.data.specialNumber}`}，原文 ${seed} 印的是“${special.text}”：specialNumber 应为 ${special.number}（subseries 填“${special.subseries}”，number 不填：${special.subseries}与正刊分开编号）`,
      });
    } else if (!special && b.data.specialNumber !== undefined && printed.masthead) {
      problems.push({ file, field: 'specialNumber', message: `specialNumber ${b.data.specialNumber}，但原文 ${seed} 的报头没有印“增刊（专刊、特刊）第N期”：specialNumber 只填原文印的增刊期号，正刊的“第N期”填 number` });
    }
    if (special && b.data.number !== undefined) {
      problems.push({ file, field: 'number', message: `期号 ${b.data.number}，但原文 ${seed} 印的是“${special.text}”：${special.subseries}与正刊分开编号，number 不填，写 specialNumber: ${special.number}` });
    } else if (printed.number !== undefined && b.data.number !== printed.number) {
      problems.push({ file, field: 'number', message: `期号${b.data.number === undefined ? '未填' : ` ${b.data.number}`}，原文 ${seed} 印的是“第 ${printed.number} 期”：number 应为 ${printed.number}` });
    } else if (printed.number === undefined && printed.masthead && b.data.number !== undefined) {
      problems.push({ file, field: 'number', message: `期号 ${b.data.number}，但原文 ${seed} 的报头没有印期号：原文没有印期号时 number 不填` });
    }
    // The sub-series is part of the name the issue is cited by: one left out is a wrong citation on every page.
    if (printed.subseries && b.data.subseries === undefined && !special) {
      problems.push({
        file,
        field: 'subseries',
        message: `subseries 未填，原文 ${seed} 的报头在刊名下印有“（${printed.subseries}）”：subseries 应为 ${printed.subseries}（不带括号；页面和引用写作《${b.data.series}（${printed.subseries}）》）`,
      });
    }
    if (printed.series && withoutWhitespace(b.data.series) !== printed.series) {
      problems.push({ file, field: 'series', message: `刊名“${b.data.series}”与原文 ${seed} 报头印的“${printed.series}”不符：刊名照原文填写（同一刊物各期必须一致，上一期/下一期按刊名相连）` });
    }
    if (printed.issuers.length && !printed.issuers.includes(withoutWhitespace(b.data.issuer))) {
      problems.push({ file, field: 'issuer', message: `编发单位“${b.data.issuer}”与原文 ${seed} 印的“${printed.issuers.join('”“')}”不符：照原文填写` });
    }
    // An item the masthead or colophon prints, left out: the page would lack that line, or say 本期原文无编者按.
    for (const [field, label] of [['reportTo', '报'], ['sendTo', '送'], ['copyTo', '抄送'], ['distributeTo', '发'], ['editorNote', '编者按']] as const) {
      const item = printed.labels.find((l) => l.label === label);
      if (item && b.data[field] === undefined) {
        problems.push({ file, field, message: `${field} 未填，原文 ${seed} 印有“${label}：${cutText(item.text, 20)}”：照原文“${label}：”后面的文字填写整项${field === 'editorNote' ? '（不填时页面会说“本期原文无编者按”）' : '（页面显示为“' + label + '”）'}` });
      }
    }
    // The distribution lines and the editor's note are the issue's own words: each is printed after its label, whole.
    // The verdicts are kept in the check's cache with the source's hash (thousands of issues at scale).
    const fields = [['reportTo', '报'], ['sendTo', '送'], ['copyTo', '抄送'], ['distributeTo', '发'], ['editorNote', '编者按']] as const;
    const fieldsKey = key && `fields\0${key}\0${JSON.stringify([fields.map(([f]) => b.data[f] ?? null), b.data.subseries ?? null])}`;
    let verdicts = (fieldsKey ? corpus.memo!.get(fieldsKey) : undefined) as (string | null)[] | undefined;
    if (!verdicts) {
      const read = readSeed(b.data.source);
      let flat: FlatText | undefined;
      verdicts = read && 'text' in read
        ? [
            ...fields.map(([field, label]) => {
              const value = b.data[field];
              if (value === undefined) return null;
              const how = printedField((flat ??= flatText(read.text)), label, value);
              // 送 and 抄送 are lines of their own: a value the source prints after the other label is 'other'.
              const other = OTHER_LINE[field];
              return how === 'absent' && other && printedField(flat, other[1], value) !== 'absent' ? 'other' : how;
            }),
            b.data.subseries === undefined ? null : withoutWhitespace(read.text.split('\n').slice(0, 15).join('')).includes(withoutWhitespace(b.data.subseries)) ? 'printed' : 'absent',
          ]
        : [];
      if (fieldsKey && verdicts.length) corpus.memo!.set(fieldsKey, verdicts);
    }
    if (verdicts.length) {
      fields.forEach(([field, label], k) => {
        const value = b.data[field];
        const how = verdicts[k];
        if (value === undefined || !how) return;
        // The label is the page's, not the value's: 编者按：编者按：… would be shown twice.
        const labelled = LABELLED[field].exec(value);
        const other = OTHER_LINE[field];
        const labelText = labelled?.[0].replace(/[\s\u3000：:]/g, '');
        if (labelled && other && labelText === other[1]) {
          problems.push({ file, field, message: `不要写“${labelled[0].trim()}”字样：原文的“${other[1]}：”行填在 ${other[0]}（页面显示为“${other[1]}”），${field} 只填原文“${label}：”后面的文字` });
        } else if (labelled) {
          problems.push({ file, field, message: `不要写“${labelled[0].trim()}”字样（页面会自己加上“${label}”）：${field} 只填原文“${label}：”后面的文字` });
        } else if (how === 'other' && other) {
          problems.push({ file, field, message: `原文 ${seed} 把“${cutText(value, 30)}”印在“${other[1]}：”后面，不是“${label}：”：把这一行从 ${field} 移到 ${other[0]}（页面分别显示为“送”“抄送”）` });
        } else if (how === 'absent') {
          // Printed under this label, but not as typed: where the two part (a word changed in a long editor's note).
          const read = readSeed(b.data.source);
          const diff = read && 'text' in read ? fieldDifference(read.text, label, value) : undefined;
          const where = diff ? `：从“${diff.typed}”起与原文“${diff.printed}”不同。` : '：';
          problems.push({ file, field, message: `原文 ${seed} 没有印“${label}：${cutText(value, 30)}”${where}${field} 照原文“${label}：”后面的文字填写；原文没有这一项时不填` });
        } else if (how === 'cut') {
          problems.push({ file, field, message: `“${cutText(value, 30)}”只是原文 ${seed} 中“${label}：”这一项的开头：照原文填写整项（到这一项在原文中结束为止）` });
        }
      });
      // A text without a masthead (an image in the PDF, as 000's) cannot show the sub-series, as it cannot show the
      // number: the editor fills both from the PDF, and the page says the name is the editor's.
      if (b.data.subseries !== undefined && verdicts[fields.length] === 'absent' && printed.masthead) {
        // Written with the brackets it is printed in (（实践创新）): the name is printed, without them.
        const bare = /^[（(](.+)[)）]$/.exec(b.data.subseries)?.[1];
        problems.push({
          file,
          field: 'subseries',
          message: bare ? `subseries 不带括号：写 subseries: ${bare}（页面和引用会加上括号：《${b.data.series}（${bare}）》）` : `原文 ${seed} 的报头没有印“${b.data.subseries}”：subseries 照报头印的栏目名填写；没有时不填`,
        });
      }
    }
  }
  checkSeriesNames(ctx, printedSeries, confirmed);
}

/**
 * A series name one or two characters away from another issue's (台州市共富工作简报 beside 台州共富工作简报) is a slip:
 * the two would be cited as two publications, and neither issue would link to the other as 上一期/下一期. A source that
 * prints no masthead cannot confirm the name, so the name is compared with the others of the site: reported when the
 * other name is printed by its source or used by more issues. `printed`: the names the sources print; `confirmed`: the
 * issues whose own source prints a name (checked against it instead).
 */
function checkSeriesNames(ctx: CheckContext, printed: Set<string>, confirmed: Set<RawEntry>): void {
  const { problems, briefings } = ctx;
  const uses = new Map<string, RawEntry[]>();
  for (const b of briefings) {
    const list = uses.get(b.data.series);
    if (list) list.push(b.entry);
    else uses.set(b.data.series, [b.entry]);
  }
  const names = [...uses.keys()];
  for (const name of names) {
    if (printed.has(withoutWhitespace(name))) continue;
    const near = names.find((other) => {
      if (other === name || Math.abs(other.length - name.length) > 2 || editDistance(other, name) > 2) return false;
      return printed.has(withoutWhitespace(other)) || uses.get(other)!.length > uses.get(name)!.length;
    });
    if (!near) continue;
    const at = uses.get(near)![0]!.file;
    for (const entry of uses.get(name)!) {
      if (confirmed.has(entry)) continue;
      problems.push({
        file: entry.file,
        field: 'series',
        message: `刊名“${name}”与 ${at} 的刊名“${near}”只差 ${editDistance(near, name)} 个字：同一刊物各期的刊名必须一致（上一期/下一期、引用都按刊名），是否想填 ${near}？确是另一种刊物时，照它的原文报头核对`,
      });
    }
  }
}

/**
 * Each issue's practices, drafts included (their text is the issue's too), against the issue's source; `pending`
 * holds the practices to compare, and keeps those of no well-formed issue.
 */
export function checkIssueTexts(ctx: CheckContext, fidelity: FidelityRules, pending: Map<RawEntry, { corrections: readonly Correction[]; source: string }>): void {
  const { corpus, problems, briefings, practices, seedKeyOf } = ctx;
  const { series, checkFidelity, checkCoverage } = fidelity;
  const pendingFidelity = pending;
  const practiceById = new Map(practices.map((p) => [p.entry.id, p]));
  for (const b of briefings) {
    const listed = b.data.practices.map((id) => practiceById.get(id));
    if (listed.some((p) => p === undefined || p.data.briefing !== b.entry.id)) continue;
    const drafts = listed.filter((p) => isDraft(p!.entry)).map((p) => p!.entry.id);
    if (drafts.length && drafts.length < listed.length) {
      problems.push({
        file: b.entry.file,
        field: 'practices',
        message: `本期的案例 ${drafts.join('、')} 仍是草稿（draft: true），本期页面只会列出 ${listed.length - drafts.length} 篇（共 ${listed.length} 篇）：核对完后删除它们的 draft 行；整期未完成时，把本期所有案例都设为草稿`,
      });
    }
    // Fidelity and coverage of an issue depend only on its raw text and its practices' files: unchanged since the
    // last check, their verdict is taken from the check's cache (thousands of issues at scale, one added at a time).
    const seedKey = corpus.memo && seedKeyOf(b.data.source);
    const key =
      seedKey &&
      `issue\0${createHash('sha1')
        .update(`${seedKey}\0${series.join('\0')}\0`)
        .update(JSON.stringify(listed.map((p) => [p!.entry.file, p!.entry.bodyLine, p!.entry.body, p!.data.title, p!.data.corrections, pendingFidelity.has(p!.entry)])))
        .digest('base64')}`;
    const kept = key ? (corpus.memo!.get(key) as Problem[] | undefined) : undefined;
    for (const p of listed) pendingFidelity.delete(p!.entry);
    if (kept) {
      problems.push(...kept);
      continue;
    }
    const from = problems.length;
    for (const p of listed) if (p!.entry.body?.trim()) checkFidelity(p!.entry, p!.data.corrections, b.data.source);
    checkCoverage(listed.map((p) => ({ entry: p!.entry, title: p!.data.title, corrections: p!.data.corrections })), b.data.source, b.entry.file);
    if (key) corpus.memo!.set(key, problems.slice(from));
  }
  // Practices of no well-formed issue (their issue's list is wrong, which is reported): each against its source.
  for (const [entry, { corrections, source }] of pendingFidelity) checkFidelity(entry, corrections, source);
}
