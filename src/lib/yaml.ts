/**
 * Reads YAML for the content check and the pages' data: with js-yaml, the parser Astro itself reads frontmatter with,
 * ten times faster than `yaml` on this content (10,000 practices' frontmatter: 0.4 s instead of 4.3 s), on the YAML
 * 1.2 core schema, so that a date stays text as `yaml` reads it. Text that js-yaml refuses is read again with `yaml`,
 * whose errors carry the positions that explainYamlError (yaml-error.ts) turns into a message.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';

/** The value of the YAML `text` (null when empty); throws `yaml`'s error when the text is not valid YAML. */
export function readYamlText(text: string): unknown {
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch {
    return parse(text);
  }
  return value ?? null;
}
