/**
 * Shared shapes of the ingest pipeline (`npm run ingest -- <file>`): raw bytes → text → paragraphs → a briefing with
 * its practices, or a plan → draft files. Every stage is a small pure module in this folder; only `run.ts` touches disk.
 */

/** A refusal the editor must act on: the CLI prints `message` as its one-line reason and exits non-zero. */
export class IngestError extends Error {
  override name = 'IngestError';
}

/** A field the ingest filled in but is not sure of: written as a YAML comment and listed for the editor. */
export interface Doubt {
  /** Field path as the content check names it, e.g. `region` or `metrics[3].label`. */
  field: string;
  /** Why the editor should look, in Chinese, one line. */
  note: string;
}

/** One region, group or measure of the taxonomy, reduced to what matching needs. */
export interface TaxonItem {
  id: string;
  /** Official name first, then aliases (regions, groups) or keywords (measures). */
  names: string[];
  /** For regions: the prefecture-level city a division belongs to (`台州市`), when any. */
  parent?: string | undefined;
}

/** The taxonomy as the ingest uses it (content/taxonomy/*.yaml). */
export interface Taxonomy {
  regions: TaxonItem[];
  groups: TaxonItem[];
  measures: TaxonItem[];
  /** Comparable indicators: id, name and required unit (content/taxonomy/indicators.yaml gives no aliases). */
  indicators: { id: string; name: string; unit: string }[];
}
