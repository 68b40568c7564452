/**
 * Entry of the header search box's code. SearchBox.astro's loader adds this bundle to the page when the reader
 * first focuses the box or submits it; it enhances the box and, if the form was submitted while loading, searches.
 */
import { enhanceSearchBox } from './header.ts';

const wrap = document.querySelector<HTMLElement>('[data-search-box]');
const form = wrap?.querySelector('form');
if (wrap && form && wrap.dataset['state'] !== 'ready') {
  const box = enhanceSearchBox(wrap);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    box.submit();
  });
  const submitted = wrap.dataset['state'] === 'submitted';
  wrap.dataset['state'] = 'ready';
  if (submitted) box.submit();
}
