/**
 * What the pages found for a query cover of it: whether the list had to be loosened, which words the reader typed no
 * page listed has, which quoted phrases no page prints, how many pages have every term. The engine
 * (src/scripts/search/engine.ts) puts this in its outcome; the status line (src/scripts/search/render.ts) says it.
 */
import type { QueryPlan, QueryTerm } from './query.ts';
import { completeness, type Scored } from './rank.ts';

export interface Coverage {
  /** The list holds only pages with some of the terms (or only their words apart, or pieces of them). */
  loosened: boolean;
  /** Some page ranked has a term of the query exactly. */
  exact: boolean;
  /** The best page has every word of the query, but not side by side. */
  apart: boolean;
  /**
   * In a query of several terms, words typed that no page ranked has exactly (火箭 in 技术工人 火箭). Pieces of the
   * segmentation are not named (镇给 in 哪个镇给技工发贷款): see {@link unnamed}.
   */
  missing: string[];
  /** How many terms no page ranked has, besides {@link missing}. */
  unnamed: number;
  /** Quoted phrases that no page listed prints. */
  unprinted?: string[] | undefined;
  /** When some pages listed print every quoted phrase printed at all, and others do not: how many do. */
  printedBy?: number | undefined;
  /**
   * How many pages listed have every term (or the most), when some do and some do not (石雕产业中心: 1 of 13; the others
   * have 产业 or 中心); see rank.ts, completeness.
   */
  complete?: number | undefined;
  /** The words those pages share, when no page has every term. */
  completeWords?: string[] | undefined;
  /**
   * Words typed that no page ranked has exactly, in a query of one term too (和赢模式, found only by 模式), and pieces of
   * three characters or more that no page has (低收人 in 低收人农户): a typo the segmenter cut off its word.
   */
  unmatched: string[];
  /** Terms on no page ranked, pieces of the segmentation too (黄严 in 黄严技工 is 黄|严), but no figure or name of the dictionary. */
  absent: QueryTerm[];
}

/** The coverage of `plan` by the pages `ranked` for it, of which `shown` pass the filters (in the order listed). */
export function coverage(plan: QueryPlan, ranked: readonly Scored[], shown: readonly Scored[]): Coverage {
  const exact = ranked.some((r) => r.evidence === 'exact');
  const loosened = (ranked.length > 0 && ranked[0]!.evidence !== 'exact') || (plan.terms.length > 1 && !ranked.some((r) => r.matched === plan.terms.length));
  const some = plan.terms.length > 1 && ranked.length > 0;
  const found = new Set(ranked.flatMap((r) => r.exactTerms));
  // Some terms, not all, are on no page listed.
  const absentSome = some ? plan.terms.filter((t) => !found.has(t.text)) : [];
  const partly = absentSome.length < plan.terms.length;
  const missing = partly ? absentSome.filter((t) => !t.fragment).map((t) => t.text) : [];
  const unmatched = plan.terms.filter((t) => (!t.fragment || Array.from(t.text).length >= 3) && !found.has(t.text)).map((t) => t.text);
  const absent = plan.terms.filter((t) => !found.has(t.text) && !t.figure && !t.entry && !t.docNumber && !t.formula && !t.issuer);
  const complete = completeness(shown, plan);
  const quoted = plan.quoted ?? [];
  const unprinted = quoted.filter((q) => !shown.some((r) => r.printed.includes(q)));
  const printedBy = quoted.length > unprinted.length ? shown.filter((r) => r.printed.length === quoted.length - unprinted.length).length : 0;
  return {
    loosened,
    exact,
    apart: ranked[0]?.evidence === 'words',
    missing,
    unnamed: partly ? absentSome.length - missing.length : 0,
    ...(unprinted.length ? { unprinted } : {}),
    ...(printedBy && printedBy < shown.length ? { printedBy } : {}),
    ...(complete ? { complete: complete.complete, completeWords: complete.words } : {}),
    unmatched,
    absent,
  };
}
