/**
 * The header search box, enhanced in place: the first results appear under the box as the reader types, with a link
 * to the full search page (all results, filters), where Enter also goes. Imported by SearchBox.astro on first focus
 * only, so a page that nobody searches from loads none of this.
 */
import { cleanQuery } from '../../lib/search/normalize.ts';
import { url } from '../../lib/urls.ts';
import { loadEngine } from './engine.ts';
import { composing, onTyping } from './typing.ts';
import { announceIfSlow, didYouMean, figuredText, renderResults, statusText, wireArrowKeys } from './render.ts';

const PREVIEW = 5;
const TYPING_DELAY = 250;

export function enhanceSearchBox(wrap: HTMLElement): void {
  const input = wrap.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = wrap.querySelector<HTMLElement>('[data-search-panel]')!;
  const status = panel.querySelector<HTMLElement>('[data-status]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-results]')!;
  const all = panel.querySelector<HTMLAnchorElement>('[data-all]')!;
  const offer = panel.querySelector<HTMLElement>('[data-did-you-mean]')!;
  let generation = 0;
  let lastQuery = '';
  // Closed with Escape: focus coming back to the box (from a result, or by Escape itself) does not reopen it; typing does.
  let dismissed = false;
  // Cancels the “正在搜索…” of the search under way (announceIfSlow).
  let quiet = () => {};

  // The box (a combobox, SearchBox.astro) says whether its preview is open.
  const show = (open: boolean) => {
    panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
  };
  const close = () => show(false);

  const run = async (q: string) => {
    const mine = ++generation;
    lastQuery = q;
    quiet();
    if (!q) {
      close();
      return;
    }
    show(true);
    list.setAttribute('aria-busy', 'true');
    const state = { q, filters: {}, sort: 'relevance' as const };
    quiet = announceIfSlow(status, statusText(undefined, state));
    offer.replaceChildren();
    all.href = `${url('search')}?q=${encodeURIComponent(q)}`;
    try {
      const engine = await loadEngine();
      const outcome = await engine.search(state);
      if (mine !== generation) return;
      quiet();
      const items = outcome.mode === 'query' ? outcome.items : [];
      renderResults(list, items.slice(0, PREVIEW), 'p');
      list.setAttribute('aria-busy', 'false');
      status.replaceChildren(...figuredText(statusText(outcome, state)));
      all.replaceChildren(
        ...figuredText(items.length > PREVIEW ? `查看全部${items.length}篇（可按地区、群体等筛选）` : '在搜索页按地区、群体等筛选'),
      );
      // "您是不是要找", as the search page offers it: for a query that found nothing, or (worked out after the results
      // are shown) one with a word typed that no page has.
      if (outcome.mode === 'query') {
        const shown = (c: string | undefined) => {
          if (c && mine === generation) offer.replaceChildren(...didYouMean(c));
        };
        shown(outcome.correction);
        if (outcome.offer) void outcome.offer().then(shown);
      }
    } catch (e) {
      if (mine !== generation) return;
      console.error(e);
      quiet();
      list.replaceChildren();
      offer.replaceChildren();
      list.setAttribute('aria-busy', 'false');
      status.textContent = '搜索暂时无法使用：搜索索引没有加载成功。';
      all.textContent = '打开搜索页';
    }
  };

  const cancelTyping = onTyping(
    input,
    TYPING_DELAY,
    () => void loadEngine().then((e) => e.preload(input.value), () => {}),
    () => {
      const q = cleanQuery(input.value);
      dismissed = false;
      if (q !== lastQuery) void run(q);
      // The same words typed again after Escape: their results are still there.
      else if (q && list.childElementCount) show(true);
    },
  );

  wrap.addEventListener('keydown', (e) => {
    // Escape while an input method composes a word drops the word, not the preview.
    if (e.key === 'Escape' && !panel.hidden && !composing(e)) {
      e.preventDefault();
      dismissed = true;
      // Words typed just before Escape are not searched a moment later, opening the preview again: typing does that.
      cancelTyping();
      close();
      input.focus();
    }
  });
  wrap.addEventListener('focusout', (e) => {
    const to = e.relatedTarget;
    if (!(to instanceof Node) || !wrap.contains(to)) close();
  });
  // The preview holds the results of the words now in the box, ready to be shown again.
  const resultsOfBox = () => Boolean(lastQuery && cleanQuery(input.value) === lastQuery && list.childElementCount);
  input.addEventListener('focus', () => {
    if (!dismissed && resultsOfBox()) show(true);
  });
  // Down in the box opens a preview closed with Escape (its results are those of the words in the box), then goes to
  // its first result (wireArrowKeys, whose listener comes after this one).
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && !composing(e) && panel.hidden && resultsOfBox()) {
      cancelTyping();
      dismissed = false;
      show(true);
    }
  });
  wireArrowKeys(input, list);

  // Pagefind itself loads with the first keystroke (see the input listener), not on focus: tabbing through the
  // header costs only this module.
  // Words typed while this code loaded are searched now, unless they are pinyin an input method is still composing
  // (SearchBox.astro's loader marks the box data-composing): compositionend searches them.
  if (cleanQuery(input.value) && !wrap.dataset['composing']) void run(cleanQuery(input.value));
}
