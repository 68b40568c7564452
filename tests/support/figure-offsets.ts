/** Where each figure (src/lib/figure-runs.ts) lies in a list of texts: the text's index, and its start and end in it. */
import { figureRuns } from '../../src/lib/figure-runs.ts';

export interface FigureAt {
  text: number;
  start: number;
  end: number;
}

export function figureOffsets(texts: string[]): FigureAt[] {
  return texts.flatMap((t, text) => {
    let at = 0;
    return figureRuns(t).flatMap((r) => {
      const start = at;
      at += r.text.length;
      return r.figure ? [{ text, start, end: at }] : [];
    });
  });
}
