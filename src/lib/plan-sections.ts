/**
 * Which of a plan's targets belong to a target group: those whose quote lies in the group's section of the plan text
 * (the `###` heading that ends with the section's printed heading, up to the next heading).
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
