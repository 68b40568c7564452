/** What the content check reads (the raw files, parsed) and what it reports (problems). */
import type { IngestComment } from '../lib/ingest-leftovers.ts';

/** One file's parsed data as read from disk, before validation. */
export interface RawEntry {
  /** Path shown in messages, relative to the project (e.g. `content/practices/yuhuan-three-drives.md`). */
  file: string;
  /** Entry id: file name without extension, or the `id` field of a taxonomy item. */
  id: string;
  /** Where in the file the entry is, for taxonomy items (`[3]`); empty for whole files. */
  at?: string;
  data: unknown;
  /** Markdown body, for practices and plans. */
  body?: string;
  /** Line of the file on which the body begins (1 when omitted), so body problems name the file's own line. */
  bodyLine?: number;
  /**
   * The file could not be read (its YAML is broken): that problem is already recorded, so the entry is not validated,
   * but its id still exists, so references to it are not reported as unknown.
   */
  unreadable?: boolean;
  /** Comments `npm run ingest` left in the file's YAML (`# 待核对：…`), with their lines; a published page has none. */
  comments?: readonly IngestComment[];
}

export interface RawCorpus {
  regions: RawEntry[];
  groups: RawEntry[];
  measures: RawEntry[];
  indicators: RawEntry[];
  /** Search synonyms (content/taxonomy/synonyms.yaml). */
  synonyms: RawEntry[];
  briefings: RawEntry[];
  practices: RawEntry[];
  plans: RawEntry[];
  /** Names of the files in seeds/, to check `source` fields; omitted to skip that check. */
  seedFiles?: readonly string[];
  /**
   * The text of a file of seeds/ (decoded as the ingest decodes it), or why it cannot be read: every body is then
   * compared with its source (src/lib/fidelity.ts). Omitted, or undefined for a name, to skip that check.
   */
  readSeed?: (name: string) => { text: string } | { error: string } | undefined;
  /** SHA-256 (hex) of a seed's bytes; undefined when it cannot be read. */
  seedSha256?: (name: string) => string | undefined;
  /**
   * Taxonomy files that could not be read (missing, broken YAML, not a list): references to their ids are not checked,
   * since every one would be reported as unknown with an empty list of allowed values.
   */
  unreadableTaxonomies?: readonly ('regions' | 'groups' | 'measures' | 'indicators' | 'synonyms')[];
  /** A key of a seed's bytes (a hash), for memoized results about it; omitted to compute them every time. */
  seedKey?: (name: string) => string | undefined;
  /** Results kept between runs of the check (a seed's reduced text, what it prints), by keys that include seedKey. */
  memo?: { get: (key: string) => unknown; set: (key: string, value: unknown) => void };
  /** content/redirects.yaml as read (undefined data when it could not be read), when the file exists. */
  redirects?: { file: string; data: unknown };
}

export interface Problem {
  file: string;
  field: string;
  message: string;
  /** The file's line, when the problem is on a line that no field path locates (a comment, say). */
  line?: number;
}

/**
 * A link from a body to a #fragment of a page whose ids depend on its template (a briefing, a region, /metrics/ …),
 * not on content the check can read: it is checked against the built page (src/integrations/content-check.ts).
 */
export interface RenderedFragment {
  file: string;
  /** Line of the file. */
  line: number;
  /** The link as written, e.g. `/metrics/#i-new-urban-jobs`. */
  href: string;
}

/** Formats a problem as one line: `file: field: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}
