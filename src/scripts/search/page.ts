/**
 * The /search/ page: reads the state from the URL, searches as the reader types, keeps filters and sort in the URL
 * (pushState), and restores them on back/forward (popstate).
 */
import type { FacetKey } from '../../lib/search/dictionary.ts';
import { cleanQuery } from '../../lib/search/normalize.ts';
import { absentIssue, sectionLinks } from '../../lib/search/sections.ts';
import {
  canonicalFilters,
  parseState,
  sameState,
  serializeState,
  toggleFilter,
  type SearchState,
  type SortOrder,
} from '../../lib/search/state.ts';
import { url } from '../../lib/urls.ts';
import { loadEngine, type Engine, type Outcome, type ResultItem } from './engine.ts';
import { onTyping } from './typing.ts';
import { pager, type Pager } from '../../lib/search/pager.ts';
import { announceIfSlow, didYouMean as offerLink, figuredText, h, pageTitle, renderActiveFilters, renderFacets, renderResults, statusText, unknownFilterOffer, wireArrowKeys } from './render.ts';

const PAGE_SIZE = 20;
const TYPING_DELAY = 250;

export function startSearchPage(app: HTMLElement): void {
  const $ = <T extends Element>(sel: string) => app.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('form[role="search"]');
  const input = $<HTMLInputElement>('input[name="q"]');
  const sortSelect = $<HTMLSelectElement>('select[name="sort"]');
  const status = $<HTMLElement>('[data-status]');
  const list = $<HTMLOListElement>('[data-results]');
  const more = $<HTMLButtonElement>('[data-more]');
  const facetsBox = $<HTMLElement>('[data-facets]');
  const facetsPanel = facetsBox.closest<HTMLElement>('.facets-panel') ?? facetsBox;
  const toFilters = $<HTMLElement>('.to-filters');
  const active = $<HTMLElement>('[data-active]');
  const empty = $<HTMLElement>('[data-empty]');
  const emptyTerms = $<HTMLElement>('[data-empty-terms]');
  const emptyFilters = $<HTMLElement>('[data-empty-filters]');
  const didYouMean = $<HTMLElement>('[data-did-you-mean]');
  const sections = $<HTMLElement>('[data-sections]');
  const missingIssue = $<HTMLElement>('[data-missing-issue]');
  // The issue numbers the site prints, fetched for the first query that names an issue (/search/issues.json).
  let issuesPrinted: Promise<string[] | undefined> | undefined;
  const printedIssues = () =>
    (issuesPrinted ??= fetch(`${url()}search/issues.json`)
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : undefined))
      .catch(() => undefined));
  const failure = $<HTMLElement>('[data-error]');
  const baseTitle = document.title;

  document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  app.hidden = false;

  let state = parseState(location.search);
  let generation = 0;
  let typingEntry = false;
  let pages: Pager<ResultItem> = pager([], PAGE_SIZE);
  let engine: Engine | undefined;
  // Cancels the “正在搜索…” of the search under way (announceIfSlow).
  let quiet = () => {};

  // The printed page's address (Base.astro) ends with the query and filters shown.
  const printAddress = document.querySelector<HTMLElement>('[data-print-address]');
  // Built without SITE_URL it holds only the path (/search/): the address starts with where the page was opened.
  const printBase = printAddress?.dataset['printAddress'] === 'path' ? `本页网址：${decodeURI(location.href.split(/[?#]/)[0]!)}` : (printAddress?.textContent ?? '');
  // The tab and the history list name what is shown: the query, the filters of a browse, or both.
  const setTitle = () => {
    if (printAddress) printAddress.textContent = `${printBase}${decodeURI(serializeState(state))}`;
    document.title = pageTitle(state, baseTitle, engine?.dictionary);
  };

  const sync = () => {
    if (input.value !== state.q && cleanQuery(input.value) !== state.q) input.value = state.q;
    sortSelect.value = state.sort;
    setTitle();
  };

  const navigate = (next: SearchState, mode: 'push' | 'replace') => {
    if (sameState(next, state) && mode === 'push') return void run();
    state = next;
    const target = `${location.pathname}${serializeState(state)}`;
    if (mode === 'push') history.pushState(null, '', target);
    else history.replaceState(null, '', target);
    sync();
    void run();
  };

  /** Shows the next page of results; returns the index of its first. */
  const showPage = async () => {
    const { page, from, done } = await pages.next();
    renderResults(list, page, 'h3', from > 0);
    more.hidden = done;
    return from;
  };

  const onToggle = (facet: FacetKey, value: string) => {
    typingEntry = false;
    navigate(toggleFilter(state, facet, value), 'push');
  };

  const render = async (outcome: Outcome) => {
    quiet();
    status.replaceChildren(...figuredText(statusText(outcome, state, engine?.dictionary)));
    setTitle();
    failure.hidden = true;
    pages = outcome.mode === 'browse' ? pager(outcome.items, PAGE_SIZE, outcome.more, outcome.total) : pager(outcome.mode === 'query' ? outcome.items : [], PAGE_SIZE);
    list.replaceChildren();
    await showPage();

    // Keep keyboard focus on the checkbox the reader just used, although the fieldsets are rebuilt. A value unticked
    // that no page of the words has is not drawn again: focus goes to its facet's first box (or the first box left,
    // or the search box), never to the page's start.
    const focused = document.activeElement instanceof HTMLInputElement && facetsBox.contains(document.activeElement) ? document.activeElement : undefined;
    renderFacets(facetsBox, outcome.facets, state, engine?.dictionary, onToggle);
    if (focused) {
      const same = document.getElementById(focused.id) ?? facetsBox.querySelector<HTMLInputElement>(`input[name="${focused.name}"]`) ?? facetsBox.querySelector('input');
      (same ?? input).focus();
    }
    renderActiveFilters(
      active,
      state,
      (facet, value) => {
        typingEntry = false;
        navigate(toggleFilter(state, facet, value), 'push');
        input.focus();
      },
      () => {
        typingEntry = false;
        navigate({ ...state, filters: {} }, 'push');
        input.focus();
      },
      engine?.dictionary,
    );

    const isEmpty = (outcome.mode === 'query' || outcome.mode === 'browse') && outcome.total === 0;
    empty.hidden = !isEmpty;
    // Nothing found and nothing filtered: the filters would be an empty box, and the link to them leads nowhere.
    const noFacets = isEmpty && !Object.values(state.filters).some((v) => v?.length);
    facetsPanel.hidden = noFacets;
    toFilters.style.display = noFacets ? 'none' : '';
    const offer = isEmpty ? unknownFilterOffer(state, engine?.dictionary) : [];
    emptyFilters.replaceChildren(...offer);
    emptyFilters.hidden = !offer.length;
    const terms = outcome.mode === 'query' ? outcome.suggestions : [];
    emptyTerms.replaceChildren(
      ...(terms.length
        ? ['只搜其中一个词：', ...terms.flatMap((t, i) => [i ? '、' : '', h('a', { href: `${url('search')}?q=${encodeURIComponent(t)}` }, t)])]
        : []),
    );
    emptyTerms.hidden = !terms.length;
    const offerCorrection = (correction: string | undefined) => {
      didYouMean.replaceChildren(...(correction ? offerLink(correction) : []));
    };
    offerCorrection(outcome.mode === 'query' ? outcome.correction : undefined);
    const links = outcome.mode === 'query' && engine ? sectionLinks(outcome.plan, state.q, engine.dictionary) : [];
    sections.replaceChildren(...(links.length ? ['相关栏目：', ...links.flatMap((l, i) => [i ? '、' : '', h('a', { href: url(...l.page.split('/').filter(Boolean)) }, l.label)])] : []));
    sections.hidden = !links.length;
    const showMissingIssue = (absent: string | undefined) => {
      missingIssue.querySelector('[data-missing-issue-number]')!.textContent = absent ?? '';
      missingIssue.hidden = !absent;
    };
    showMissingIssue(undefined);
    // A query that names an issue (absentIssue against no issue at all names it) is told if the site lacks it.
    if (outcome.mode === 'query' && absentIssue(state.q, []) !== undefined) {
      const q = state.q;
      const shownNow = generation;
      void printedIssues().then((printed) => {
        if (printed && shownNow === generation) showMissingIssue(absentIssue(q, printed));
      });
    }
    // Offered once the results are on the page, unless another search has replaced them meanwhile.
    if (outcome.mode === 'query' && outcome.offer) {
      const shownNow = generation;
      void outcome.offer().then((c) => {
        if (c && shownNow === generation) offerCorrection(c);
      });
    }
  };

  const run = async () => {
    const mine = ++generation;
    list.setAttribute('aria-busy', 'true');
    quiet();
    quiet = announceIfSlow(status, statusText(undefined, state, engine?.dictionary));
    try {
      engine ??= await loadEngine();
      // A link may filter by another name of a value (group=技工, region=玉环): the address and the chips take the
      // value's own name, which the pages are tagged with.
      const named: SearchState = { ...state, filters: canonicalFilters(state.filters, engine.dictionary) };
      if (!sameState(named, state)) {
        state = named;
        history.replaceState(null, '', `${location.pathname}${serializeState(state)}`);
        sync();
      }
      const outcome = await engine.search(state);
      if (mine === generation) {
        await render(outcome);
        list.setAttribute('aria-busy', 'false');
      }
    } catch (e) {
      if (mine !== generation) return;
      console.error(e);
      quiet();
      status.textContent = '搜索暂时无法使用：搜索索引没有加载成功。请稍后重试，或从下方目录浏览。';
      failure.hidden = false;
      list.replaceChildren();
      list.setAttribute('aria-busy', 'false');
      more.hidden = true;
    }
  };

  const cancelTyping = onTyping(
    input,
    TYPING_DELAY,
    () => engine?.preload(input.value),
    () => {
      const q = cleanQuery(input.value);
      if (q === state.q) return;
      // The first keystroke of a new query gets its own history entry; the rest of the typing replaces it.
      navigate({ ...state, q }, typingEntry ? 'replace' : 'push');
      typingEntry = true;
    },
  );

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    cancelTyping();
    typingEntry = false;
    navigate({ ...state, q: cleanQuery(input.value) }, 'push');
  });

  // The header's search box on this page searches here instead of reloading the page.
  const header = document.querySelector<HTMLFormElement>('form.search-box');
  header?.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = header.querySelector<HTMLInputElement>('input[name="q"]')?.value ?? '';
    input.value = q;
    typingEntry = false;
    navigate({ ...state, q: cleanQuery(q) }, 'push');
    input.focus();
  });

  sortSelect.addEventListener('change', () => {
    typingEntry = false;
    navigate({ ...state, sort: sortSelect.value === 'date' ? 'date' : ('relevance' satisfies SortOrder) }, 'push');
  });

  // Focus goes to the first result added (a reader pressing the button with the keyboard reads on from there), or, if
  // none came, to the last one: never to the page's start, as when the button it was on is hidden.
  more.addEventListener('click', async () => {
    const firstNew = await showPage();
    const titles = list.querySelectorAll<HTMLAnchorElement>('.result-title a');
    (titles[firstNew] ?? titles[titles.length - 1])?.focus();
  });

  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    typingEntry = false;
    input.value = state.q;
    sync();
    void run();
  });

  wireArrowKeys(input, list);
  sync();
  void run();
}
