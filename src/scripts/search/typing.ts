/**
 * When a search box's words are ready to search. Chinese is typed through an input method: while the reader spells a
 * word in pinyin and looks for it among the candidates, the box holds the letters (jishu), and the browser sends an
 * input event for each. Those letters are not what the reader means: they are not searched, announced or put in the
 * address; the word counts once it is picked (compositionend, which Chrome sends after the last input event).
 */

/** Whether a key or input event belongs to a word the input method is still composing (keyCode 229: the input
 *  method took the key, in browsers that do not set isComposing on it). */
export function composing(e: KeyboardEvent | InputEvent): boolean {
  // keyCode is deprecated, but Safari reports a composing key only by it: read without its deprecated typing.
  return e.isComposing || (e as { keyCode?: number }).keyCode === 229;
}

/**
 * Calls `typed` on each change of `input` and `settled` once the reader has paused for `delay` ms, leaving out the
 * changes made while an input method composes a word. Returns a function that cancels a pending `settled`.
 */
export function onTyping(input: HTMLInputElement, delay: number, typed: () => void, settled: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(timer);
    typed();
    timer = setTimeout(settled, delay);
  };
  input.addEventListener('input', (e) => {
    if (e instanceof InputEvent && composing(e)) {
      // A pause while the reader looks for the word is not a pause in typing.
      clearTimeout(timer);
      return;
    }
    changed();
  });
  input.addEventListener('compositionend', changed);
  return () => clearTimeout(timer);
}
