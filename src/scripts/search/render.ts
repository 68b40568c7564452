/**
 * DOM for search results and facets. Every string from a page or from the reader is inserted as a text node
 * (`textContent` / `createTextNode`), never as HTML, so markup in a query or a page cannot be injected.
 */
import { FACET_KEYS, FACET_LABELS, facetValueLabel, type FacetKey, type SearchDictionary } from '../../lib/search/dictionary.ts';
import type { Segment } from '../../lib/search/excerpt.ts';
import { MAX_QUERY_LENGTH, queryLength } from '../../lib/search/normalize.ts';
import { countWords, serializeState, unknownFilters, type SearchState } from '../../lib/search/state.ts';
import type { FacetCounts, Outcome, ResultItem } from './engine.ts';
import { composing } from './typing.ts';
import { url } from '../../lib/urls.ts';
import { figureRuns } from '../../lib/figure-runs.ts';

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/**
 * Text with highlights as nodes, each figure (4.6 亿元, 2021年, 15 篇: src/lib/figure-runs.ts) in a span.fig that the
 * stylesheet keeps on one line, as the rest of the site does: a phone would break 4.6|亿元. A highlight that overlaps a
 * figure goes whole into its span, so that the <mark> is never cut in two.
 */
export function figured(segments: readonly Segment[]): Node[] {
  const text = segments.map((s) => s.text).join('');
  const marks: [number, number][] = [];
  let at = 0;
  for (const s of segments) {
    if (s.mark) marks.push([at, at + s.text.length]);
    at += s.text.length;
  }
  // Each figure's range, widened to the highlights it overlaps; ranges that then touch are one.
  const ranges: [number, number][] = [];
  at = 0;
  for (const r of figureRuns(text)) {
    let [start, end] = [at, (at += r.text.length)];
    if (!r.figure) continue;
    for (const [ms, me] of marks) if (ms < end && me > start) [start, end] = [Math.min(start, ms), Math.max(end, me)];
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  const out: Node[] = [];
  /** The span of the range being filled, and where that range starts. */
  let fig: { span: HTMLSpanElement; start: number } | undefined;
  at = 0;
  for (const s of segments) {
    // A highlight lies wholly inside a range or outside all; plain text is cut at the ranges' ends.
    const cuts = s.mark ? [] : ranges.flat().filter((x) => x > at && x < at + s.text.length);
    let from = at;
    for (const to of [...cuts, at + s.text.length]) {
      const piece = text.slice(from, to);
      const inside = ranges.find(([a, b]) => from >= a && from < b);
      const node = s.mark ? h('mark', {}, piece) : document.createTextNode(piece);
      if (inside) {
        if (fig?.start !== inside[0]) out.push((fig = { span: h('span', { class: 'fig' }), start: inside[0] }).span);
        fig.span.append(node);
      } else {
        fig = undefined;
        out.push(node);
      }
      from = to;
    }
    at += s.text.length;
  }
  return out;
}

/** `text` as nodes, each figure in a span.fig (see {@link figured}). */
export const figuredText = (text: string): Node[] => figured([{ text, mark: false }]);

function excerptParagraph(segments: readonly Segment[]): HTMLParagraphElement {
  const p = h('p', { class: 'result-excerpt' });
  p.append(...figured(segments));
  return p;
}

/** One result: the linked title, its kind, region and date, and the excerpt. */
function resultItem(item: ResultItem, heading: 'h2' | 'h3' | 'p'): HTMLLIElement {
  const link = h('a', { href: item.url }, ...figuredText(item.title));
  const meta = h('p', { class: 'result-meta' });
  const parts: Child[] = [];
  if (item.kind) parts.push(h('span', { class: 'result-kind' }, item.kind));
  if (item.region) parts.push(h('span', { class: 'result-region' }, item.region));
  // The date is a figure too (2021年9月30日), kept on one line as everywhere else on the site.
  if (item.date) parts.push(h('time', { datetime: item.datetime || undefined }, ...figuredText(item.date)));
  parts.forEach((part, i) => {
    if (i > 0) meta.append(h('span', { 'aria-hidden': 'true', class: 'sep' }, ' · '));
    if (part) meta.append(part);
  });
  return h('li', { class: 'result' }, h(heading, { class: 'result-title' }, link), meta, excerptParagraph(item.excerpt));
}

export function renderResults(list: HTMLOListElement, items: readonly ResultItem[], heading: 'h2' | 'h3' | 'p', append = false): void {
  const nodes = items.map((it) => resultItem(it, heading));
  if (append) list.append(...nodes);
  else list.replaceChildren(...nodes);
}

/** 您是不是要找：<a>共富工坊</a>？ linking to the search for the word offered. */
export function didYouMean(correction: string): (Node | string)[] {
  return ['您是不是要找：', h('a', { href: `${url('search')}?q=${encodeURIComponent(correction)}` }, correction), '？'];
}

/** How long a search may take before the status says it is under way. */
const SLOW_SEARCH_MS = 1000;

/**
 * Shows `text` (正在搜索…) in the live region `status` only once a search has taken SLOW_SEARCH_MS: a quicker search
 * is announced once, by its result, rather than as “正在搜索…” and the result a moment later. Returns the function
 * that cancels it, to call when the search ends or another one replaces it, before its result is written.
 */
export function announceIfSlow(status: HTMLElement, text: string): () => void {
  const timer = setTimeout(() => {
    status.replaceChildren(...figuredText(text));
  }, SLOW_SEARCH_MS);
  return () => clearTimeout(timer);
}

/**
 * A query named in the status, in quotation marks: a query the reader already put in quotes (an exact phrase, “技能变资金”
 * or "和盈模式") is named in one pair of them, not as ““技能变资金””.
 */
export function quoted(q: string): string {
  const m = /^(?:“([^“”]*)”|"([^"]*)"|「([^「」]*)」)$/u.exec(q);
  return `“${m ? (m[1] ?? m[2] ?? m[3]) : q}”`;
}

/** The live-region sentence for an outcome (announced to screen readers, shown to everyone). */
export function statusText(outcome: Outcome | undefined, state: SearchState, dict?: SearchDictionary): string {
  if (!outcome) return '正在搜索…';
  // A filter value the site does not have (group=火箭, from a mistyped link) is why nothing is listed: say so.
  const unknown = (outcome.mode === 'browse' || outcome.mode === 'query') && !outcome.total ? unknownFilters(state.filters, dict) : [];
  if (unknown.length) {
    const facets = [...new Set(unknown.map((u) => u.facet))];
    const which = facets
      .map((f, i) => `${i ? '' : '本站的'}${FACET_LABELS[f]}中没有${unknown.filter((u) => u.facet === f).map((u) => `“${u.value}”`).join('、')}`)
      .join('，');
    const choose = facets.filter((f) => f !== 'year').map((f) => FACET_LABELS[f]).join('、');
    const without = outcome.mode === 'query' && outcome.unfiltered ? `不限筛选条件时有${outcome.unfiltered}篇。` : '';
    return `${which}，所以没有内容。${choose ? `请从下方列出的${choose}中选择，或` : '请'}移除${unknown.length > 1 ? '这些' : '这项'}筛选。${without}`;
  }
  const scope = describeFilters(state, dict);
  // 12 个案例 when only practices are listed, as the rest of the site counts them; 12 篇 of pages of several kinds.
  const { measure, noun } = countWords(state.filters);
  switch (outcome.mode) {
    case 'idle':
      return '输入关键词搜索案例、方案和简报，或在筛选中选择地区、目标群体等浏览。';
    case 'unsearchable':
      return `${quoted(state.q)}中没有可以搜索的文字，请输入中文、字母或数字。`;
    case 'browse':
      return outcome.total ? `共${outcome.total}${measure}${noun === '内容' ? '' : noun}（${scope}）。` : `没有${noun}（${scope}）。`;
    case 'query': {
      // Only words of the question (怎么办): nothing to look for, which no page answers.
      if (!outcome.total && outcome.plan.questionOnly) return `${quoted(state.q)}只有提问的词语，没有要找的内容。请写上要找什么，如“低收入农户增收怎么办”。`;
      if (!outcome.total) {
        // The filters, not the words, leave nothing: say what the query finds without them.
        const without = outcome.unfiltered ? `不限筛选条件时有${outcome.unfiltered}篇。` : '';
        return `没有找到与${quoted(state.q)}相关的${noun}${scope ? `（${scope}）` : ''}。${without}`;
      }
      const q = outcome.searchedAs ?? state.q;
      const as = outcome.corrected ? `没有找到${quoted(state.q)}，已按${quoted(q)}搜索。` : outcome.searchedAs ? `${quoted(state.q)}已按简体字${quoted(q)}搜索。` : '';
      // Only words the reader typed are named; pieces of the segmentation (镇给, 运会) would read as typos of ours.
      const named = outcome.missing.map((t) => `“${t}”`).join('、');
      const loose = outcome.missing.length
        ? `以下结果都不含${named}${outcome.unnamed ? '及查询中的另一些字词' : ''}，按其余词语排列：`
        : outcome.apart && !outcome.unnamed
          ? '没有与查询完全相同的说法，以下结果包含其中的各个词语：'
          : outcome.loosened || outcome.unnamed
            ? '没有完全匹配的内容，以下结果只包含部分词语：'
            : '';
      // A phrase in quotes is a request for that wording: when no page listed prints it, the list is of its words.
      const phrases = (ps: readonly string[]) => ps.map((p) => `“${p}”`).join('、');
      const unprinted = outcome.unprinted?.length
        ? `没有内容含有完整的${phrases(outcome.unprinted)}，以下结果${outcome.loosened || outcome.missing.length ? '只包含其中的部分词语' : '包含其中的词语'}：`
        : '';
      const printed = outcome.printedBy ? `其中${outcome.printedBy}${measure}含有完整的${phrases((outcome.plan.quoted ?? []).filter((p) => !outcome.unprinted?.includes(p)))}，列在前面。` : '';
      // cleanQuery cut a longer query (a pasted paragraph) after its first MAX_QUERY_LENGTH characters, spaces not counted.
      const cut = queryLength(state.q) >= MAX_QUERY_LENGTH ? `只搜索了查询词的前${MAX_QUERY_LENGTH}个字。` : '';
      // A whole number typed (2568万元) found only with the decimals a page prints (2568.85万元).
      const rounded = outcome.rounded.length ? `没有与查询完全相同的数字，以下结果含有${outcome.rounded.map((f) => `“${f}”`).join('、')}：` : '';
      // Another name of a target group or a measure (外卖骑手, 产业工人) finds the pages of that group or measure,
      // which may not print the name typed: the status says which.
      const aliases = outcome.plan.terms
        .filter((t) => t.entry?.isAlias && (t.entry.facet === 'group' || t.entry.facet === 'measure'))
        .map((t) => `“${t.text}”按${FACET_LABELS[t.entry!.facet!]}“${t.entry!.value}”查找（含它的其他说法）。`)
        .join('');
      // So does a reader's word for what the texts print otherwise (讨薪: the texts say 欠薪), which the excerpts then
      // highlight: the status says which word stands for it.
      const synonyms = outcome.plan.terms
        .filter((t) => t.entry?.isAlias && !t.entry.facet)
        .map((t) => `“${t.text}”也按“${t.entry!.value}”查找。`)
        .join('');
      // Some pages have every word and the rest only some (石雕产业中心): say how many, lest 13 read as 13 matches.
      // With no page that has them all, the words the best pages share (其中 1 篇同时包含“农民工”、“欠薪”、“治理”).
      const complete = !outcome.complete
        ? ''
        : outcome.completeWords
          ? `其中${outcome.complete}${measure}${outcome.completeWords.length > 1 ? '同时' : ''}包含${outcome.completeWords.map((w) => `“${w}”`).join('、')}。`
          : `其中${outcome.complete}${measure}包含全部词语。`;
      const about = `与${quoted(q)}相关的${noun}${scope ? `（${scope}）` : ''}`;
      // More pages matched than were ranked: the count is of those shown, not of all that match ("找到24篇…显示最相关的
      // 24篇" read as if 24 were all).
      const found = outcome.truncated ? `${about}较多，显示最相关的${outcome.total}${measure}` : `找到${outcome.total}${measure}${about}`;
      return `${as}${rounded || unprinted || loose}${found}。${printed}${complete}${cut}${aliases}${synonyms}`;
    }
  }
}

/**
 * For each filter value the site does not have (see unknownFilters): the values of its facet, each a link that
 * searches with it instead, and a link that drops the unknown value. Empty when every value is known.
 */
export function unknownFilterOffer(state: SearchState, dict?: SearchDictionary): HTMLElement[] {
  const link = (filters: SearchState['filters'], text: string) => h('a', { href: `${url('search')}${serializeState({ ...state, filters })}` }, text);
  return unknownFilters(state.filters, dict).map(({ facet, value }) => {
    const others = (state.filters[facet] ?? []).filter((v) => v !== value);
    const without = { ...state.filters, [facet]: others };
    const label = FACET_LABELS[facet];
    const values = (dict?.facets[facet] ?? []).filter((v) => !others.includes(v.name));
    return h(
      'p',
      {},
      ...(values.length
        ? [`${label}可选：`, ...values.flatMap((v, i) => [i ? '、' : '', link({ ...state.filters, [facet]: [...others, v.name] }, facetValueLabel(facet, v.name, dict))]), '；']
        : []),
      link(without, `移除筛选“${label}：${value}”`),
      '。',
    );
  });
}

/** 地区：玉环市、温岭市；目标群体：技术工人 */
export function describeFilters(state: SearchState, dict?: SearchDictionary): string {
  return FACET_KEYS.filter((k) => state.filters[k]?.length)
    .map((k) => `${FACET_LABELS[k]}：${state.filters[k]!.map((v) => facetValueLabel(k, v, dict)).join('、')}`)
    .join('；');
}

/**
 * The tab's and the history list's name for what is shown: the query, the filters of a browse, or both
 * (技术工人（地区：玉环市） - <baseTitle>); `baseTitle` alone with neither.
 */
export function pageTitle(state: SearchState, baseTitle: string, dict?: SearchDictionary): string {
  const scope = describeFilters(state, dict);
  const what = state.q && scope ? `${state.q}（${scope}）` : state.q || scope;
  return what ? `${what} - ${baseTitle}` : baseTitle;
}

/** Facet values in display order: the taxonomy's order where it has one, else by count (years newest first). */
function orderedValues(key: FacetKey, counts: Record<string, number>, selected: readonly string[], dict: SearchDictionary | undefined): string[] {
  const values = [...new Set([...Object.keys(counts), ...selected])];
  const known = dict?.facets[key]?.map((v) => v.name);
  // Years newest first; 未注明 last.
  if (key === 'year') return values.sort((a, b) => Number(/^\d/.test(b)) - Number(/^\d/.test(a)) || b.localeCompare(a));
  if (key === 'measure' || !known) return values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, 'zh-CN'));
  const pos = (v: string) => (known.indexOf(v) === -1 ? Infinity : known.indexOf(v));
  return values.sort((a, b) => pos(a) - pos(b) || a.localeCompare(b, 'zh-CN'));
}

/**
 * The facet fieldsets: one checkbox per value with its count. Values with no pages are left out unless selected.
 * `onToggle` receives the facet and value of a changed checkbox.
 */
export function renderFacets(
  container: HTMLElement,
  facets: FacetCounts,
  state: SearchState,
  dict: SearchDictionary | undefined,
  onToggle: (facet: FacetKey, value: string) => void,
): void {
  const sets: HTMLElement[] = [];
  for (const key of FACET_KEYS) {
    const counts = facets[key] ?? {};
    const selected = state.filters[key] ?? [];
    const values = orderedValues(key, counts, selected, dict);
    if (!values.length) continue;
    const list = h('ul', { class: 'facet-values' });
    for (const value of values) {
      const id = `facet-${key}-${hash(value)}`;
      const box = h('input', { type: 'checkbox', id, name: key, value });
      box.checked = selected.includes(value);
      box.addEventListener('change', () => onToggle(key, value));
      const count = counts[value] ?? 0;
      list.append(
        h('li', {}, box, h('label', { for: id }, facetValueLabel(key, value, dict), ' ', h('span', { class: 'count' }, `(${count})`))),
      );
    }
    sets.push(h('fieldset', { class: 'facet' }, h('legend', {}, FACET_LABELS[key]), list));
  }
  container.replaceChildren(...sets);
}

/** The selected filters as removable buttons, and a button that clears them all. */
export function renderActiveFilters(
  container: HTMLElement,
  state: SearchState,
  onRemove: (facet: FacetKey, value: string) => void,
  onClear: () => void,
  dict?: SearchDictionary,
): void {
  const items: HTMLElement[] = [];
  for (const key of FACET_KEYS) {
    for (const value of state.filters[key] ?? []) {
      const label = facetValueLabel(key, value, dict);
      const b = h(
        'button',
        // The spoken name begins with what the chip shows (2.5.3), then says what pressing it does.
        { type: 'button', class: 'chip', 'aria-label': `${FACET_LABELS[key]}：${label}（移除筛选）`, 'data-facet': key, 'data-value': value },
        `${FACET_LABELS[key]}：${label}`,
        h('span', { 'aria-hidden': 'true' }, ' ×'),
      );
      b.addEventListener('click', () => onRemove(key, value));
      items.push(h('li', {}, b));
    }
  }
  if (items.length > 1) {
    const clear = h('button', { type: 'button', class: 'chip chip-clear' }, '清除全部筛选');
    clear.addEventListener('click', onClear);
    items.push(h('li', {}, clear));
  }
  container.hidden = items.length === 0;
  container.replaceChildren(...(items.length ? [h('span', { class: 'active-label' }, '已选筛选：'), h('ul', {}, ...items)] : []));
}

/**
 * Arrow keys between the search box and the result links: ↓ from the box goes to the first result, ↓/↑ move
 * between results, ↑ from the first result returns to the box. Tab works as usual.
 */
export function wireArrowKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('.result-title a')];
  input.addEventListener('keydown', (e) => {
    // Down while an input method composes a word moves among its candidates.
    if (e.key !== 'ArrowDown' || composing(e)) return;
    const first = links()[0];
    if (first) {
      e.preventDefault();
      first.focus();
    }
  });
  list.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? all[Math.min(all.length - 1, at + 1)] : at === 0 ? input : all[at - 1];
    next?.focus();
  });
}

/** A short stable id fragment for a value (values are Chinese; ids must be unique and valid). */
function hash(s: string): string {
  let x = 5381;
  for (let i = 0; i < s.length; i++) x = ((x * 33) ^ s.charCodeAt(i)) >>> 0;
  return x.toString(36);
}
