/**
 * Which of a plan's targets belong to a target group: those whose quote lies in the group's section of the plan text
 * (the `###` heading that ends with the section's printed heading, up to the next heading), and those of the plan's
 * general goals whose label names the group (低收入农户收入年均增长 15% belongs to 低收入农户).
 */

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
 * 1-based positions of the targets of a group: quoted in its section, or named by their label, in the plan's order.
 * A label names the group by its name, or by another name of four characters or more: a shorter one is often part of
 * another word (毕业生 in 中职毕业生 is not 高校毕业生).
 */
export function targetsOfGroup(
  body: string,
  heading: string,
  targets: readonly { quote: string; label: string }[],
  name: string,
  aliases: readonly string[] = [],
): number[] {
  const inSection = new Set(targetsInSection(body, heading, targets));
  const names = [name, ...aliases.filter((a) => [...a].length >= 4)];
  const named = (label: string) => names.some((n) => label.includes(n));
  return targets.flatMap((t, i) => (inSection.has(i + 1) || named(t.label) ? [i + 1] : []));
}
