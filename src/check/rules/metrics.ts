/**
 * A page's metrics (a practice's `metrics`, a plan's `targets`) say what their quote says: the quote is in the body as
 * it reads, its figure is the value in the unit, with the words that qualify it, the year of its sentence, and one
 * figure each.
 *
 * Each rule below is a pure function of one metric and what it is read with ({@link MetricSite}); it returns what is
 * wrong ({@link MetricFinding}), or undefined. {@link checkMetrics} runs them in order and files the findings.
 */
import type { CheckContext } from '../context.ts';
import { checkRef } from '../refs.ts';
import { edgeSpaces, FOOTNOTE_REF, FOOTNOTE_REFS, occurrencesOf, openingYearSpan, rangeIn, relativeYear, runningTotal, sentenceAround, sentenceYear, statesBaseline, earlierSentenceYears, onlyInRepeatedParagraph, sharedHan, invisibleIn } from '../text.ts';
import { cutText } from '../../lib/format.ts';
import { describeVariants, findLoose } from '../../lib/char-variants.ts';
import { markupIn, stripInlineMarkup } from '../../lib/fidelity.ts';
import { qualifiers, shownLead, WORD_AFTER_APPROX, type MetricLike } from '../../lib/metrics.ts';
import { asOfPartYear } from '../../lib/sentence-patterns.ts';
import { findNumbers, quoteStates, sameUnit, tidy, toHalfWidth, writtenUnit, type FoundNumber } from '../../lib/numbers.ts';
import { statedIndicator, wordCutAt, type NamedIndicator } from '../../lib/quote-words.ts';

/** What is wrong with one metric: the field of the metric that is to change, and the message for the editor. */
export interface MetricFinding {
  field: 'unit' | 'quote' | 'value' | 'approx' | 'kind' | 'year' | 'indicator';
  message: string;
}

/** What a metric is read with: its page's body and other metrics, and the taxonomy's indicators. */
export interface MetricSite {
  /** The page's Markdown body. */
  body: string;
  /** The body as a reader sees it (without Markdown marks), worked out on first need. */
  seen: () => string;
  /** The numbers of the metric's quote (findNumbers). */
  numbers: readonly FoundNumber[];
  /** Every metric of the page, and this one's place among them. */
  metrics: readonly MetricLike[];
  index: number;
  /** The page is a draft: rules that the editor settles while checking the ingest's draft wait until it is not. */
  draft: boolean;
  /** The date of a practice's issue (今年 in its text is that year). */
  issued?: Date | undefined;
  /** The taxonomy's indicators, with their names and units. */
  indicators: readonly NamedIndicator[];
  /** Each indicator's units, by id: the one it is counted in, then the others the texts use. */
  indicatorUnits: ReadonlyMap<string, readonly string[]>;
  /** The ids of the indicators that exist. */
  indicatorIds: ReadonlySet<string>;
}

/** Units are data, shown on pages and compared across places (sameUnit): written in half-width, as 5%, 3 km/h. */
export function fullWidthUnit(m: MetricLike): MetricFinding | undefined {
  if (toHalfWidth(m.unit) === m.unit) return undefined;
  return { field: 'unit', message: `单位“${m.unit}”含有全角字符：单位统一写半角，写成“${toHalfWidth(m.unit)}”（引文照原文写，不用改）` };
}

/**
 * A space or line break at an end of the quote (quote: | ends the text with a line break): the quote is not found as
 * written, and only that is said (no other rule runs).
 */
export function quoteEdgeSpaces(m: MetricLike): MetricFinding | undefined {
  const ends = edgeSpaces(m.quote);
  if (!ends) return undefined;
  return {
    field: 'quote',
    message: `引文${ends.replace(/空白字符/g, '空白（空格或换行）')}：${/\n\s*$/.test(m.quote) ? '“quote: |”会在引文末尾加一个换行，写成“quote: |-”或写在一行里；' : ''}引文照正文写，首尾不带空格，写成“${m.quote.trim()}”`,
  };
}

/** The page shows no Markdown marks, so a quote with them is not the sentence as it reads, and its anchor is not found. */
export function quoteWithMarkup(m: MetricLike): MetricFinding | undefined {
  const marks = markupIn(m.quote);
  if (!marks.length) return undefined;
  return {
    field: 'quote',
    message: `引文“${m.quote}”含有 Markdown 标记（${marks.join(' ')}）：页面上不显示标记，引文也找不到它的句子。引文要照页面上读到的文字写：“${stripInlineMarkup(m.quote)}”`,
  };
}

/**
 * A quote not in the body as written: found only without the footnote marks (the page cannot mark a sentence across a
 * mark), found with full-width and half-width characters or quotation marks alike, found when the body's paragraphs
 * run on, or not found at all.
 */
/** The body's text that is `quote` but for spaces and Tabs (within one line), or undefined. */
function spacedLike(body: string, quote: string): string | undefined {
  const chars = [...quote.replace(/[ \t]+/g, '')];
  if (chars.length < 2) return undefined;
  const re = new RegExp(chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ \\t]*'));
  return re.exec(body)?.[0];
}

export function quoteNotInBody(m: MetricLike, { body, seen }: Pick<MetricSite, 'body' | 'seen'>): MetricFinding | undefined {
  // A quote with a character no one sees (a no-break space) is told so, and that alone (characters.ts).
  if (body.includes(m.quote) || invisibleIn(m.quote)) return undefined;
  if (seen().includes(m.quote)) {
    if (!FOOTNOTE_REF.test(body) || !body.replace(FOOTNOTE_REFS, '').includes(m.quote)) return undefined;
    return {
      field: 'quote',
      message: `引文“${m.quote}”在正文中跨过了注释标记（[^…]）：页面无法标出跨过注释的句子，“原文”链接会落空。请把引文缩短到注释标记之前或之后的一段`,
    };
  }
  const loose = findLoose(seen(), m.quote);
  const actual = loose >= 0 ? seen().slice(loose, loose + m.quote.length) : '';
  const variants = loose >= 0 ? describeVariants(m.quote, actual, '引文', '正文') : [];
  // Found when only spaces differ (the PDF's, and the ingest's, spaces around a figure: 约为 124万人).
  const spaced = variants.length ? undefined : spacedLike(seen(), m.quote);
  // Found when the body's paragraphs (and headings) run on: the quote joins the end of one to the start of the next.
  const runOn = !variants.length && !/\n/.test(m.quote) && seen().replace(/[ \t]*\n(?:[ \t]*\n)*(?:#{1,6}[ \t]+)?/g, '').includes(m.quote);
  return {
    field: 'quote',
    message: variants.length
      ? /[０-９]/.test(actual) && !/[０-９]/.test(m.quote)
        ? // The body's digits are the ones to change: every body writes them half-width (see characters.ts).
          `引文“${m.quote}”在正文中找不到：${variants.join('；')}。正文的数字应写成半角：把正文的“${actual}”改成“${toHalfWidth(actual)}”，引文不用改`
        : `引文“${m.quote}”在正文中找不到：${variants.join('；')}。引文要与正文逐字一致，写成“${actual}”`
      : spaced
        ? `引文“${m.quote}”在正文中找不到：只差空格，正文是“${spaced}”。引文要与正文逐字一致（包括空格），写成“${spaced}”`
      : runOn
        ? `引文“${m.quote}”跨了正文的两段（或标题和正文）：页面按段标出引文的句子，跨段的引文找不到。请把引文缩短到一段之内，取陈述这个数字的那一段`
        : `引文“${m.quote}”在正文中找不到（须与正文逐字一致，包括空格）`,
  };
}

/**
 * The quote does not state the value in the unit: when the number is there, the unit is what is wrong (or missing
 * from the quote); otherwise the value, with the quote's numbers it could be.
 */
export function figureNotInQuote(m: MetricLike, numbers: readonly FoundNumber[]): MetricFinding | undefined {
  if (quoteStates(m.quote, m.value, m.unit, numbers)) return undefined;
  const same = numbers.find((n) => n.value === tidy(m.value));
  // A bound after the figure (1.7 以内) is no unit.
  const unit = same && (writtenUnit(same) ?? (/^(?:以上|以下|以内|左右)/.test(same.after) ? undefined : /^[^\s\d，。、；：,.;:（）()“”"'的及和与、+＋]{1,4}/.exec(same.after)?.[0]));
  if (same && unit) return { field: 'unit', message: `单位应为 “${unit}”（引文“${m.quote}”中 ${same.text} 后面的单位），现为 “${m.unit}”` };
  if (same) return { field: 'quote', message: `引文“${m.quote}”中 ${same.text} 后面没有单位“${m.unit}”：引文要包括数字后面的单位` };
  // What the value should be: the quote's numbers followed by the unit, or else all its numbers.
  const bare = toHalfWidth(m.unit).replace(/\//g, '');
  const withUnit = numbers.filter((n) => n.after.startsWith(bare));
  const meant = withUnit.length ? withUnit : numbers;
  const scaled = meant.some((n) => /[万亿]/.test(n.text));
  return {
    field: 'value',
    message: meant.length
      ? `value ${m.value}（单位 ${m.unit}）与引文“${m.quote}”中的数字不符：应为 ${meant.map((n) => n.value).join(' 或 ')}（引文中的${meant.map((n) => `“${n.text}”`).join('、')}${scaled ? '，万/亿已换算' : ''}）`
      : /[〇零一二两三四五六七八九十百千万亿]+[成倍余多]?[人户家个元名次所项万亿成倍]/u.test(m.quote)
        ? `value ${m.value}（单位 ${m.unit}）：引文“${m.quote}”中的数字是用汉字写的。指标只记原文用阿拉伯数字写的数字（页面和比较都按数字核对）：这个数字请留在正文里，不记为指标`
        : `value ${m.value}（单位 ${m.unit}）与引文“${m.quote}”不符：引文中没有数字，引文要包括陈述这个数字的短语`,
  };
}

/**
 * A quote with several figures in the metric's unit (共有 609个人才项目参赛、18个创业项目落地): the value is the one
 * whose clause the label describes, not another figure the quote also states. Not for a draft.
 */
export function labelOfOtherFigure(m: MetricLike, { numbers, draft }: Pick<MetricSite, 'numbers' | 'draft'>): MetricFinding | undefined {
  const better = draft ? undefined : figureOfLabel(m, numbers);
  if (!better) return undefined;
  return {
    field: 'value',
    message: `label“${m.label}”说的像是引文中“${better.clause}”的数字 ${better.value}，value 却是 ${m.value}（“${better.chosen}”）：请核对 value 与 label 是否对应（每个数字单独记一项）`,
  };
}

/**
 * A word right outside the quote that qualifies its figure (…以上 after it, 超过… before it): the quote must include
 * it, or the page drops it. Only when the word qualifies this figure: the quote's last number (before it) or its
 * first (after it).
 */
export function qualifierOutsideQuote(m: MetricLike, { body, numbers }: Pick<MetricSite, 'body' | 'numbers'>): MetricFinding | undefined {
  const at = qualifiers(m, numbers) ? body.indexOf(m.quote) : -1;
  if (at < 0) return undefined;
  const next = new RegExp(`^[ \u3000]*(以上|以下|以内|左右|(?:余|多)(?![${WORD_AFTER_APPROX}]))`).exec(body.slice(at + m.quote.length, at + m.quote.length + 6))?.[1];
  const prev = /(约为|约|将近|接近|近|超过|超|逾|不足|不低于|不少于|不超过|不高于|最高|最低|至少|至多)[ \u3000]*$/.exec(body.slice(Math.max(0, at - 6), at))?.[1];
  const own = (n: FoundNumber | undefined) => n !== undefined && n.value === tidy(m.value);
  if (next && own(numbers.at(-1)) && /[\d万亿%]\s*[^\d\s]{0,4}$/.test(m.quote)) {
    return { field: 'quote', message: `引文“${m.quote}”后面紧接着“${next}”，它说明这个数字：引文应包括“${next}”（“${m.quote}${next}”），否则页面上会丢掉它` };
  }
  if (prev && /^[ \u3000]*\d/.test(m.quote) && own(numbers[0])) {
    return { field: 'quote', message: `引文“${m.quote}”前面紧接着“${prev}”，它说明这个数字：引文应包括“${prev}”，否则页面上会丢掉它` };
  }
  return undefined;
}

/**
 * `approx` says whether a word of the quote that qualifies the figure makes it approximate (约, 近, 余, 多, 左右): it
 * must be set then, and not on an exact figure nor on a bound (超, 超过, 逾, 以上, 不足 …), which is not an approximation
 * (docs/editing.md): 600 万元以上 is at least 600 万元, not about 600 万元.
 */
export function approxMismatch(m: MetricLike, numbers: readonly FoundNumber[]): MetricFinding | undefined {
  const q = qualifiers(m, numbers);
  if (q && q.approximate && m.approx !== true) {
    return { field: 'approx', message: `引文“${m.quote}”中的 ${shownLead(q.lead)}${q.number}${q.trail}${q.unitText ?? m.unit}${q.bound} 是约数：应写 approx: true` };
  }
  if (q && m.approx === true && !q.approximate && (q.lead || q.bound)) {
    return { field: 'approx', message: `引文“${m.quote}”中的 ${shownLead(q.lead)}${q.number}${q.unitText ?? m.unit}${q.bound} 是界限，不是约数（约数是前后有约、近、余、多、左右的数）：删去 approx: true` };
  }
  if (q && m.approx === true && !q.approximate) {
    return { field: 'approx', message: `引文“${m.quote}”中的 ${q.number}${q.unitText ?? m.unit} 是确数（前后没有约、近、超、余、多、左右、以上等字）：删去 approx: true` };
  }
  return undefined;
}

/** What is expected or striven for (预计每年增收 37.8万元, 力争达到…) is not yet achieved: not a result. */
export function expectedAsResult(m: MetricLike): MetricFinding | undefined {
  const expected = m.kind === 'result' ? /预计|力争|有望/.exec(m.quote)?.[0] : undefined;
  if (!expected) return undefined;
  return { field: 'kind', message: `引文“${m.quote}”中有“${expected}”：说的是预期，不是已取得的成效，kind 应为 target（有年份时写 year）` };
}

/**
 * A baseline is where a change starts (从 2013年的 42654户 减少到…): a figure its sentence states on its own
 * (新增高技能人才 3.92 万人) is reached, not a starting point, and the page would show it as 基数.
 */
export function baselineWithoutChange(m: MetricLike, body: string): MetricFinding | undefined {
  if (m.kind !== 'baseline' || !body.includes(m.quote) || statesBaseline(body, m.quote)) return undefined;
  return {
    field: 'kind',
    message: `起点（kind: baseline）是变化由之算起的数（“从 2013年的 42654户…减少到…”“由 A 提高到 B”中的 A），引文“${m.quote}”所在的句子没有“从…到…”“由…提高到…”这样的起点：它说的是已取得的数，kind 应为 result（要达到的数为 target，规定的补贴、标准为 standard）`,
  };
}

/** A plan's metrics are targets: a plan has achieved nothing. */
export function planMetricNotTarget(m: MetricLike): MetricFinding | undefined {
  return m.kind === 'target' ? undefined : { field: 'kind', message: `方案中的指标应为 target，实为 ${m.kind}` };
}

/**
 * A target is for a year: when its sentence names one year before the figure or in its quote (到2025年，…), the
 * metric says it (the page shows “2025年目标”). A year after the figure is another clause's (…，到2025年实现…).
 * So is a result whose sentence opens with its year (2021年，该市…认定 1.46万人次): /metrics/ compares only
 * figures whose year is stated. A span (2019—2020年, 2021年以来) is not one year, and is not counted.
 * A running total (累计 14万人次、发证 12万人次) is not the year's figure, and keeps no year.
 */
export function yearOfSentence(m: MetricLike, { body, draft }: Pick<MetricSite, 'body' | 'draft'>): MetricFinding | undefined {
  if (!(m.kind === 'target' || (m.kind === 'result' && !runningTotal(body, m.quote)))) return undefined;
  const year = sentenceYear(body, m.quote, m.kind === 'result');
  const what = m.kind === 'target' ? '目标（kind: target）' : '成效（kind: result）';
  if (year && m.year === undefined) {
    return { field: 'year', message: `${what}没有填年份，它所在的句子写的是 ${year.year} 年（“${year.sentence}”）：应写 year: ${year.year}` };
  }
  if (year && m.year !== year.year) {
    return { field: 'year', message: `${what}的年份 ${m.year} 与它所在的句子不符：句子写的是 ${year.year} 年（“${year.sentence}”）。应写 year: ${year.year}` };
  }
  if (year || draft || m.kind !== 'target' || m.year === undefined) return undefined;
  if (/每年/.test(m.quote)) {
    // 每年组织职业技能培训 5000 人次以上，到 2025 年…: a yearly target, whose sentence names its year after it.
    // (Once the page is no longer a draft: a draft's year is the ingest's guess, which its unverified line asks the
    // editor to check. The ingest gives a yearly figure no year of its section: src/ingest/metrics.ts, scanParagraph.)
    return {
      field: 'year',
      message: `目标“${m.quote}”是每年的数，它所在的句子在它之前没有写年份：删去 year: ${m.year}（year 只写“到某年”的目标的那一年；页面会把它显示成 ${m.year} 年的目标）`,
    };
  }
  // A year written in an earlier sentence (到 2025 年新增…15 家以上。…创建…6 个) is that sentence's targets',
  // not one of a sentence that names none: the page would show this one as that year's. (Once the page is no
  // longer a draft: the ingest gives the targets of a 主要目标 section its year, and a section it did not see
  // end, in a text whose headings the extraction glued to the lines, is still that section to it.)
  const earlier = earlierSentenceYears(body, m.quote);
  if (!earlier?.years.includes(m.year)) return undefined;
  return {
    field: 'year',
    message: `目标“${m.quote}”所在的句子没有写年份：${m.year} 年是前面一句（“${cutText(earlier.sentence, 30)}”）的，说的是那一句的目标，页面却会把这一项显示成 ${m.year} 年的目标。句子没有写年份的目标不写 year：删去 year: ${m.year}`,
  };
}

/**
 * A running total after the period's own figure in its sentence (2021年1-7月，…完成投资3.06亿元，累计完成投资96.4亿元)
 * is the total since the start, not the period's: the sentence's year belongs to the other figure, and the page
 * would show the total as that year's. (A year's own total, 2020 年累计授信 7.25 亿元, follows no such figure.)
 */
export function runningTotalWithYear(m: MetricLike, { body, metrics, index }: Pick<MetricSite, 'body' | 'metrics' | 'index'>): MetricFinding | undefined {
  if (m.kind !== 'result' || m.year === undefined || !runningTotal(body, m.quote)) return undefined;
  const sentence = sentenceAround(body, m.quote);
  const at = sentence?.indexOf(m.quote) ?? -1;
  const period = metrics.find((o, j) => {
    if (j === index || o.kind !== 'result' || o.year !== m.year || !sameUnit(o.unit, m.unit) || runningTotal(body, o.quote)) return false;
    const k = sentence?.indexOf(o.quote) ?? -1;
    return k >= 0 && k < at;
  });
  if (!period) return undefined;
  return {
    field: 'year',
    message: `“${m.quote}”是累计数（从开始算起的总数），不是 ${m.year} 年的数：同一句中的“${period.quote}”才是这一时期的数。删去 year: ${m.year}，否则页面会把累计数显示成 ${m.year} 年的成效`,
  };
}

/** The text of a dated result's sentence before its quote, where its date (截至…, 今年…, 2016年-2020年) is written. */
function beforeQuote(m: MetricLike, body: string): string | undefined {
  if (m.kind !== 'result' || m.year === undefined) return undefined;
  const sentence = sentenceAround(body, m.quote);
  return sentence === undefined ? '' : sentence.slice(0, sentence.indexOf(m.quote));
}

/**
 * 今年 and 去年 are the issue's year and the one before: a result dated otherwise is dated wrongly, and one up to a
 * date within the year (截至今年上半年) is that date's total, not the year's.
 */
export function relativeYearMismatch(m: MetricLike, { body, issued }: Pick<MetricSite, 'body' | 'issued'>): MetricFinding | undefined {
  const upTo = beforeQuote(m, body);
  const relative = upTo !== undefined && issued && relativeYear(upTo, issued.getUTCFullYear());
  if (!relative || !issued) return undefined;
  if (relative.asOf) {
    return {
      field: 'year',
      message: `“${m.quote}”是${relative.word}（本期 ${issued.getUTCFullYear()} 年）的累计数，不是一整年的数：删去 year: ${m.year}，否则页面会把它显示成 ${m.year} 年的成效。截至日期可以写进 label（如“${m.label}（${relative.word}）”）`,
    };
  }
  if (relative.year === m.year) return undefined;
  return {
    field: 'year',
    message: `成效（kind: result）的年份 ${m.year} 与它所在的句子不符：句子写的是“${relative.word}”，即本期简报（${issued.toISOString().slice(0, 10)}）的 ${relative.year} 年。应写 year: ${relative.year}`,
  };
}

/**
 * A total up to a date within a year (截至2021年5月底，共开出…保函45笔) is not that year's figure: /metrics/ would
 * compare it with other places' whole years.
 */
export function partYearTotal(m: MetricLike, body: string): MetricFinding | undefined {
  const upTo = beforeQuote(m, body);
  const asOf = upTo === undefined ? undefined : asOfPartYear(upTo);
  if (!asOf || asOf.year !== m.year) return undefined;
  return {
    field: 'year',
    message: `“${m.quote}”是截至 ${asOf.date} 的累计数，不是 ${m.year} 年全年的数：删去 year: ${m.year}，否则页面会把它显示成 ${m.year} 年的成效，与各地全年的数字比较。截至日期可以写进 label（如“${m.label}（截至${asOf.date}）”）`,
  };
}

/** A figure of several years (2016年-2020年，…共拨付…859万元) is none of them alone. */
export function yearSpanTotal(m: MetricLike, body: string): MetricFinding | undefined {
  const upTo = beforeQuote(m, body);
  const span = upTo === undefined ? undefined : openingYearSpan(upTo);
  if (!span) return undefined;
  return {
    field: 'year',
    message: `“${m.quote}”是 ${span} 这几年合起来的数，不是 ${m.year} 年的：删去 year: ${m.year}，否则页面会把它显示成 ${m.year} 年的成效${/(?:19|20)\d\d/.test(m.label) ? '' : `。年份范围可以写进 label（如“${span}${m.label}”）`}`,
  };
}

/** A ratio (城乡收入比 1:1.8) is two numbers read together: neither alone is the figure. */
export function ratioSide(m: MetricLike): MetricFinding | undefined {
  const ratio = /(\d+(?:\.\d+)?)\s*[:：]\s*(\d+(?:\.\d+)?)/.exec(toHalfWidth(m.quote));
  if (!ratio || ![Number(ratio[1]), Number(ratio[2])].includes(tidy(m.value))) return undefined;
  return {
    field: 'value',
    message: `引文“${m.quote}”中的 ${ratio[0]} 是一个比例，value ${m.value} 只是它的一边：比例不记为一项指标（页面会把 ${m.value}${m.unit} 当作全部）。原文另写了倍数（如“1.8倍”）时记那个数，否则不记`,
  };
}

/**
 * One figure, one value: a quote that gives a range (5000元到1万元, 3—5个) states two, and a metric that keeps one
 * end would show it as the whole figure; unless another metric shares the quote. Not for a draft: the ingest's drafts
 * are made from what the text says, and the editor settles such metrics while checking them.
 */
export function rangeEnd(m: MetricLike, { metrics, index, draft }: Pick<MetricSite, 'metrics' | 'index' | 'draft'>): MetricFinding | undefined {
  const range = draft ? undefined : rangeIn(m.quote, m.value);
  if (!range || metrics.some((o, j) => j !== index && o.quote === m.quote)) return undefined;
  return {
    field: 'quote',
    message: `引文“${m.quote}”说的是一个范围（${range}），一项指标只记一个数，页面会把 ${m.value}${m.unit} 当作全部：请把两端各记为一项（共用这句引文，label 写明下限、上限），或不记这个数字`,
  };
}

/**
 * The page marks a quote at its first place in the text: a quote written there twice may mark the other sentence's
 * figure. Said once, for the first metric with the quote; not for a draft.
 */
export function quoteRepeated(m: MetricLike, { body, seen, metrics, index, draft }: Pick<MetricSite, 'body' | 'seen' | 'metrics' | 'index' | 'draft'>): MetricFinding | undefined {
  const places = draft ? 0 : occurrencesOf(body, m.quote, seen);
  if (!(places > 1 && metrics.findIndex((o) => o.quote === m.quote) === index && !onlyInRepeatedParagraph(body, m.quote))) return undefined;
  return {
    field: 'quote',
    message: `引文“${m.quote}”在正文中出现 ${places} 次，页面只能标出第一处，可能不是这个数字所在的句子：请加长引文，使它在正文中只出现一次`,
  };
}

/**
 * The page marks the quote in its sentence: a quote that starts inside a word (a page break split 加工, and the quote
 * was taken from the line after it) marks half a word. Not for a draft.
 */
export function quoteStartsMidWord(m: MetricLike, { body, draft }: Pick<MetricSite, 'body' | 'draft'>): MetricFinding | undefined {
  const quoteAt = draft ? -1 : body.indexOf(m.quote);
  const cutWord = quoteAt > 0 ? wordCutAt(body, quoteAt) : undefined;
  if (!cutWord) return undefined;
  return {
    field: 'quote',
    message: `引文“${m.quote}”从词“${cutWord.word}”的中间开始：页面会从半个词起标出这句话。引文要从完整的词开始，写成“${body.slice(cutWord.start, quoteAt)}${m.quote}”`,
  };
}

/**
 * A figure whose quote names an indicator right before it (企业职业技能等级认定 1.46万人次), in its unit, is that
 * indicator's figure: without the id, /metrics/ leaves it out of the comparison the reader came for; with another
 * (existing) id, /metrics/ compares it as the wrong thing. Not for a draft.
 */
export function indicatorOfQuote(m: MetricLike, { draft, indicators, indicatorIds }: Pick<MetricSite, 'draft' | 'indicators' | 'indicatorIds'>): MetricFinding | undefined {
  const stated = draft ? undefined : statedIndicator(m.quote, m.value, m.unit, indicators);
  if (stated && m.indicator && stated !== m.indicator && indicatorIds.has(m.indicator)) {
    const name = (id: string) => indicators.find((i) => i.id === id)?.name ?? id;
    return {
      field: 'indicator',
      message: `引文“${m.quote}”陈述的是“${name(stated)}”（${stated}）的数字，indicator 却写的是“${name(m.indicator)}”（${m.indicator}）：/metrics/ 会把它当作${name(m.indicator)}与各地比较。应写 indicator: ${stated}`,
    };
  }
  if (stated && !m.indicator) {
    const name = indicators.find((i) => i.id === stated)?.name;
    return {
      field: 'indicator',
      message: `引文“${m.quote}”陈述的是可比指标“${name}”的数字（单位相同）：应写 indicator: ${stated}，/metrics/ 才会把它与各地的同一指标放在一起比较`,
    };
  }
  return undefined;
}

/**
 * The figure of an indicator says what it counts in its label or quote, in the indicator's words or most of them
 * (职业技能认定 for 职业技能等级认定, 新增城镇就业 for 城镇新增就业): a figure of something else would be compared on
 * /metrics/ as that indicator. Not for a draft (the editor settles the ingest's), and only for a figure in the
 * indicator's unit: another unit is reported by {@link indicatorUnitDiffers}, with the same advice.
 */
export function indicatorNotNamed(m: MetricLike, { draft, indicators, indicatorUnits }: Pick<MetricSite, 'draft' | 'indicators' | 'indicatorUnits'>): MetricFinding | undefined {
  if (!m.indicator) return undefined;
  const name = indicators.find((x) => x.id === m.indicator)?.name;
  const sameUnits = (indicatorUnits.get(m.indicator) ?? []).some((u) => sameUnit(u, m.unit));
  const shared = name && !draft && sameUnits ? sharedHan(name, `${m.label}${m.quote}`) : undefined;
  if (!name || !shared || shared.share >= 0.5) return undefined;
  return {
    field: 'indicator',
    message: `label“${m.label}”和引文“${m.quote}”都没有说“${name}”（${m.indicator}）：指标名称的 ${shared.total} 个字只有 ${shared.found} 个出现在 label 或引文里。/metrics/ 会把这个数字当作${name}与各地比较：删去 indicator，或改成引文说的那个指标`,
  };
}

/**
 * A figure in another unit than its indicator's is a figure of something else, so the indicator is what to change,
 * not the unit (the unit follows the quote). When the unit is not the quote's either ({@link figureNotInQuote} says
 * so), fixing it may settle both, and only the units are named.
 */
export function indicatorUnitDiffers(m: MetricLike, { numbers, indicatorUnits }: Pick<MetricSite, 'numbers' | 'indicatorUnits'>): MetricFinding | undefined {
  const units = m.indicator ? indicatorUnits.get(m.indicator) : undefined;
  if (units === undefined || units.some((u) => sameUnit(u, m.unit))) return undefined;
  const unit = units.join('”或“');
  if (!quoteStates(m.quote, m.value, m.unit, numbers)) return { field: 'unit', message: `指标 ${m.indicator} 的单位是“${unit}”，此处为“${m.unit}”` };
  return {
    field: 'indicator',
    message: `指标 ${m.indicator} 的单位是“${unit}”，这个数字的单位是“${m.unit}”：单位不同，说的不是同一件事，/metrics/ 却会把它与各地该指标的数字并列比较。删去 indicator（单位照引文写，不要为了指标改单位）；若另有合适的指标，改成它`,
  };
}

/**
 * Metrics that share a quote (博士、硕士分别可领取 10万元、5万元) take its figures in the order it gives them: two
 * values swapped between labels would each still be in the quote. The index of the metric whose value is out of
 * order, one per quote.
 */
export function sharedQuoteOrder(metrics: readonly MetricLike[]): { index: number; message: string }[] {
  const found: { index: number; message: string }[] = [];
  const byQuote = new Map<string, number[]>();
  metrics.forEach((m, i) => byQuote.set(m.quote, [...(byQuote.get(m.quote) ?? []), i]));
  for (const [quote, indices] of byQuote) {
    if (indices.length < 2) continue;
    const numbers = findNumbers(quote);
    const at = indices.map((i) => numbers.findIndex((n) => n.value === tidy(metrics[i]!.value) && quoteStates('', metrics[i]!.value, metrics[i]!.unit, [n])));
    if (at.some((a) => a < 0) || new Set(at).size < at.length) continue;
    for (let k = 1; k < at.length; k++) {
      if (at[k]! > at[k - 1]!) continue;
      const [a, b] = [indices[k - 1]!, indices[k]!];
      found.push({
        index: b,
        message: `第 ${a + 1} 项（${metrics[a]!.label}）和第 ${b + 1} 项（${metrics[b]!.label}）共用引文“${quote}”，原文中 ${numbers[at[k]!]!.text} 在 ${numbers[at[k - 1]!]!.text} 之前，它们的数值却是反的顺序：是否把两项的 value 填反了？共用一句引文的几项，请按原文中数字的先后排列`,
      });
      break;
    }
  }
  return found;
}

/**
 * Every rule of one page's metrics; `mustBeTarget` for a plan's, `draft` while the page is a draft, `issued` the date
 * of a practice's issue (今年 in its text is that year).
 */
export function checkMetrics(ctx: CheckContext, file: string, field: string, metrics: readonly MetricLike[], body: string, mustBeTarget: boolean, draft = false, issued?: Date): void {
  const { problems, indicatorIdx, indicatorUnits, indicatorNames: indicators } = ctx;
  let visible: string | undefined;
  const seen = () => (visible ??= stripInlineMarkup(body));
  metrics.forEach((m, index) => {
    const f = `${field}[${index}]`;
    const report = (found: MetricFinding | undefined) => {
      if (found) problems.push({ file, field: `${f}.${found.field}`, message: found.message });
    };
    report(fullWidthUnit(m));
    const edges = quoteEdgeSpaces(m);
    if (edges) return report(edges);
    const numbers = findNumbers(m.quote);
    const site: MetricSite = { body, seen, numbers, metrics, index, draft, issued, indicators, indicatorUnits, indicatorIds: indicatorIdx.ids };
    report(quoteWithMarkup(m) ?? quoteNotInBody(m, site) ?? figureNotInQuote(m, numbers));
    report(labelOfOtherFigure(m, site));
    // A word that qualifies the figure outside the quote is said first: approx follows once the quote includes it.
    report(qualifierOutsideQuote(m, site) ?? approxMismatch(m, numbers));
    report(expectedAsResult(m));
    report(baselineWithoutChange(m, body));
    if (mustBeTarget) report(planMetricNotTarget(m));
    report(yearOfSentence(m, site));
    report(runningTotalWithYear(m, site));
    report(relativeYearMismatch(m, site));
    report(partYearTotal(m, body));
    report(yearSpanTotal(m, body));
    report(ratioSide(m));
    report(rangeEnd(m, site));
    report(quoteRepeated(m, site));
    report(quoteStartsMidWord(m, site));
    report(indicatorOfQuote(m, site));
    if (m.indicator) checkRef(m.indicator, indicatorIdx, file, `${f}.indicator`, problems);
    report(indicatorNotNamed(m, site));
    report(indicatorUnitDiffers(m, site));
  });
  for (const { index, message } of sharedQuoteOrder(metrics)) problems.push({ file, field: `${field}[${index}].value`, message });
}
/** Where a quote's clauses part: a list's 、, a comma, a semicolon, a colon (the first, and every one). */
const CLAUSE_BREAK = /[、，,；;：:。]/;
const CLAUSE_BREAKS = /[、，,；;：:。]/g;

/**
 * The figure of `m`'s quote, in its unit, whose clause shares clearly more of the label's characters than the clause
 * of the figure chosen as the value: 落地创业项目 for 18个创业项目落地 rather than 共有 609个人才项目参赛. Undefined when
 * the value's clause fits as well as any, when the quote has one such figure, or for a 分别 list (one clause).
 */
function figureOfLabel(m: MetricLike, numbers: readonly FoundNumber[]): { value: number; clause: string; chosen: string } | undefined {
  const unit = toHalfWidth(m.unit).replace(/\//g, '');
  const inUnit = numbers.filter((n) => n.after.startsWith(unit));
  if (inUnit.length < 2 || m.quote.includes('分别')) return undefined;
  const label = new Set(Array.from(m.label).filter((c) => /\p{Script=Han}/u.test(c)));
  let from = 0;
  const clauses = inUnit.map((n) => {
    const at = m.quote.indexOf(n.text, from);
    from = at + n.text.length;
    const before = m.quote.slice(0, at);
    const start = Math.max(...Array.from(before.matchAll(CLAUSE_BREAKS), (b) => b.index + 1), 0);
    const rest = m.quote.slice(from);
    const end = rest.search(CLAUSE_BREAK);
    const clause = m.quote.slice(start, end < 0 ? m.quote.length : from + end).trim();
    return { n, clause, score: new Set(Array.from(clause).filter((c) => label.has(c))).size };
  });
  const chosen = clauses.find((c) => c.n.value === tidy(m.value));
  if (!chosen) return undefined;
  const best = clauses.reduce((a, b) => (b.score > a.score ? b : a));
  const ties = clauses.filter((c) => c.score === best.score).length;
  return best !== chosen && ties === 1 && best.score >= chosen.score + 3 ? { value: best.n.value, clause: best.clause, chosen: chosen.clause } : undefined;
}
