/**
 * Which of a plan's targets belong to a target group: those whose quote lies in the group's section of the plan text
 * (the `###` heading that ends with the section's printed heading, up to the next heading) or in another section whose
 * heading names the group (（四）持续加强困难群体帮扶), those of the plan's general goals whose label names the group
 * (低收入农户收入年均增长 15% belongs to 低收入农户) or whose paragraph is led by words that name it
 * (——精准帮扶救助困难群体。…最低生活保障标准达到 13000 元 belongs to 困难群体), and those whose indicator the taxonomy
 * gives the group (indicators.yaml `groups`: 最低生活保障标准 is 困难群体's wherever a plan states it).
 */

import { NUMBERED } from './raw-text.ts';

/** A numbered measure as a plan prints it: 1.大力培育新时代工匠。…（责任单位：人力社保局、教育局）. */
export interface PrintedMeasure {
  no: number;
  /** The words after the number, up to the first 。. */
  title: string;
  /** The units printed after 责任单位： (or 牵头单位： then 配合单位：), in order; undefined when none are printed. */
  units: string[] | undefined;
  /** Whether the units are printed as a lead department and partners (牵头单位：…；配合单位：…). */
  lead: boolean;
  /** How many of `units`, from the first, are printed after 牵头单位：; 0 for a 责任单位 list. */
  leads: number;
}

/**
 * The heading of a plan's measures by target group: 分群体举措与责任单位, or 分群体举措 when no measure names a 责任单位
 * (a draft may list none, and the heading then does not promise them).
 */
export function groupsHeading(groups: readonly { measures: readonly { units: readonly string[] }[] }[]): string {
  return groups.some((g) => g.measures.some((m) => m.units.length > 0)) ? '分群体举措与责任单位' : '分群体举措';
}

/** The measure a paragraph of a plan's group section prints, or undefined when it does not begin with a number. */
export function readMeasure(paragraph: string): PrintedMeasure | undefined {
  const p = paragraph.trim();
  if (!NUMBERED.test(p)) return undefined;
  const no = Number(/^\d+/.exec(p)![0]);
  const rest = p.replace(NUMBERED, '').trim();
  const stop = rest.indexOf('。');
  const title = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
  const u = /[（(〔]\s*责任单位\s*[：:]\s*(.+?)\s*[)）〕]\s*$/.exec(p);
  // Or a lead department and partners: 牵头单位：县人力社保局；配合单位：县教育局、县经济商务局。
  const lead = u ? undefined : /牵头单位\s*[：:]\s*([^；;。（(]+?)\s*(?:[；;，,]\s*配合单位\s*[：:]\s*([^。（(]+?)\s*)?。?\s*$/.exec(p);
  const list = (s: string | undefined) => (s ?? '').split(/[、，,]/).map((x) => x.trim()).filter(Boolean);
  const units = u ? list(u[1]) : lead ? [...list(lead[1]), ...list(lead[2])] : undefined;
  return { no, title, units, lead: lead !== undefined && lead !== null, leads: lead ? list(lead[1]).length : 0 };
}

/**
 * A measure's 责任单位 as the plans print them after its title: （责任单位：总工会、人力社保局）, or, when a unit carries
 * its own （）, in 〔〕 (seeds/003: 〔责任单位：县委组织部、…、经合中心（招商中心）〕), not （…（招商中心））. With `lead`
 * (the first `lead` units are printed as 牵头单位), the two lists as printed: （牵头单位：县人力社保局；配合单位：县教育局）,
 * not one 责任单位 list the plan does not have. '' for none.
 */
export function unitsNote(units: readonly string[], lead?: number): string {
  if (units.length === 0) return '';
  const leads = lead === undefined ? [] : units.slice(0, lead);
  const rest = lead === undefined ? units : units.slice(lead);
  const text = leads.length ? `牵头单位：${leads.join('、')}${rest.length ? `；配合单位：${rest.join('、')}` : ''}` : `责任单位：${rest.join('、')}`;
  return /[（(]/.test(text) ? `〔${text}〕` : `（${text}）`;
}

/** The text of the section whose heading line ends with `heading`, or '' when the body has no such heading. */
export function sectionText(body: string, heading: string): string {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => /^#{2,4}\s/.test(l) && l.trim().endsWith(heading));
  if (start < 0) return '';
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^#{1,4}\s/.test(l));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n');
}

/** 1-based positions (their `#m-N` anchors) of the targets quoted inside the group's section. */
export function targetsInSection(body: string, heading: string, targets: readonly { quote: string }[]): number[] {
  const text = sectionText(body, heading);
  if (!text) return [];
  return targets.flatMap((t, i) => (text.includes(t.quote) ? [i + 1] : []));
}

/**
 * The paragraphs of a plan's goals that a lead of their own opens (——精准帮扶救助困难群体。…), as their lead (the words
 * up to the first 。) and their text.
 */
export function ledParagraphs(body: string): { lead: string; text: string }[] {
  return body.split('\n').flatMap((line) => {
    const m = /^\s*[—－-]{2}\s*([^。]+)。/.exec(line);
    return m ? [{ lead: m[1]!.trim(), text: line }] : [];
  });
}

/** The `##`–`####` headings of a plan's body, as printed (without the #s). */
export function headings(body: string): string[] {
  return body.split('\n').flatMap((l) => {
    const m = /^#{2,4}\s+(.+?)\s*$/.exec(l);
    return m ? [m[1]!] : [];
  });
}

/**
 * 1-based positions of the targets of a group, in the plan's order: quoted in its section or in a section whose
 * heading names the group, named by their label, quoted in a goal paragraph whose lead names the group
 * ({@link ledParagraphs}), or measured by one of `indicators` (the ids the taxonomy gives the group). A heading, label
 * or lead names the group by its name, or by another name of four characters or more: a shorter one is often part of
 * another word (毕业生 in 中职毕业生 is not 高校毕业生).
 */
export function targetsOfGroup(
  body: string,
  heading: string,
  targets: readonly { quote: string; label: string; indicator?: string | undefined }[],
  name: string,
  aliases: readonly string[] = [],
  indicators: readonly string[] = [],
): number[] {
  const names = [name, ...aliases.filter((a) => [...a].length >= 4)];
  const named = (label: string) => names.some((n) => label.includes(n));
  const sections = [heading, ...headings(body).filter((h) => h !== heading && named(h))].map((h) => sectionText(body, h));
  const led = ledParagraphs(body).filter((p) => named(p.lead));
  return targets.flatMap((t, i) =>
    sections.some((s) => s.includes(t.quote)) || named(t.label) || led.some((p) => p.text.includes(t.quote)) || (t.indicator !== undefined && indicators.includes(t.indicator))
      ? [i + 1]
      : [],
  );
}

/**
 * Whether a target belongs in a plan page's 主要目标 cards: quoted in the plan's own 主要目标 section, and comparable
 * (with an indicator) unless none of that section's is. A plan printing no such section (or none of its targets there)
 * shows its comparable targets, as before: the cards must not present a measure's figure as one of the plan's goals.
 */
export function isHeadlineTarget<T extends { quote: string; indicator?: string | undefined }>(body: string, targets: readonly T[]): (t: T) => boolean {
  const goals = sectionText(body, '主要目标');
  const inGoals = targets.filter((t) => goals !== '' && goals.includes(t.quote));
  if (inGoals.length === 0) return (t) => t.indicator !== undefined;
  const comparable = inGoals.some((t) => t.indicator !== undefined);
  return (t) => inGoals.includes(t) && (!comparable || t.indicator !== undefined);
}
