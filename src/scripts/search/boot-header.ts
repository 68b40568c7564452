/**
 * Entry of the header search box's code. SearchBox.astro's loader adds this bundle to the page when the reader first
 * focuses the box; it shows the first results under the box as the reader types. Submitting the form still opens the
 * full search page.
 */
import { enhanceSearchBox } from './header.ts';

const wrap = document.querySelector<HTMLElement>('[data-search-box]');
if (wrap && wrap.dataset['state'] !== 'ready') {
  enhanceSearchBox(wrap);
  wrap.dataset['state'] = 'ready';
}
