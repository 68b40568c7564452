/**
 * Patterns of the sentences that state figures, shared by the ingest (which guesses a draft metric's kind and year)
 * and the content check (which checks the editor's): a change from one figure to another, a total up to a date.
 */
import { toHalfWidth } from './numbers.ts';

/** The verbs of a change from one figure to another (提高到, 减少了至). */
const CHANGE_VERBS = '提高|增加|增长|提升|上升|扩大|减少|下降|降低|缩小|缩减|压缩';

/**
 * A change from one figure to another, from 由/从 to its 到/至 (由 2020 年的 45% 提高到, 从 2013年的 42654户减少到,
 * 从收入不足5万元到): a figure between 由/从 and the 到 is the change's starting point (a baseline).
 */
export const CHANGE = new RegExp(`(?:由(?!于)|从(?!事|业|而|中|严|未|来|小|头))[^，。；：！？]*?(?:(?:${CHANGE_VERBS})了?)?(?:到|至)`, 'g');

/** The verb ending a {@link CHANGE} (提高到): the figures before it are the baseline, those after it where it got to. */
export const CHANGE_VERB = new RegExp(`(?:${CHANGE_VERBS})了?(?:到|至)$`);

/**
 * The words between what is counted and the level it reaches, at the start of a text (提高到 25人, 达到 93%,
 * 保持在 …): a change to that level, or a level reached or kept. A change by a figure (增长 68%) is not a level.
 */
export const TO_LEVEL = new RegExp(`^[ \\u3000]*(?:(?:${CHANGE_VERBS})了?(?:到|至)|达到|达|保持在|稳定在|控制在)`);

/**
 * The date `text` (a sentence up to a figure) says the figure is a total up to, when that is not a year's end
 * (截至2021年5月底, 截止2022年6月): such a figure is the running total on that date, not the year's. The last such date
 * before the figure; undefined for none, or for 截至2020年底 and 截至2021年12月, which close a year.
 */
export function asOfPartYear(text: string): { date: string; year: number } | undefined {
  const last = [...toHalfWidth(text).matchAll(/(?:截至|截止)到?\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?[底末份]?/g)].at(-1);
  if (!last || Number(last[2]) >= 12) return undefined;
  return { date: last[0].replace(/^(?:截至|截止)到?\s*/, '').replace(/\s+/g, ''), year: Number(last[1]) };
}
