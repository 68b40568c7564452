/**
 * The cache keys of incremental builds (`experimental.incrementalBuild`, INCREMENTAL=1): what each kind of page is made
 * of, as one hash. A page whose key is unchanged is not rendered again, so a key must name every entry the page shows.
 */
import { createHash } from 'node:crypto';
import { comparedIndicators, issueNeighbours, neighbours, practicesOf, RELATED_SHOWN, seedText, sourceDocuments, type BriefingEntry, type Corpus, type PracticeEntry } from './content';

/** What a source's pages are made of: its text and the documents it is the source of. */
export async function sourceCacheKey(c: Corpus, file: string): Promise<string> {
  return createHash('sha256').update(await seedText(file)).update(JSON.stringify(sourceDocuments(c, file))).digest('hex').slice(0, 32);
}

/** One hash of the entries a page shows: with `experimental.incrementalBuild`, a page whose key is unchanged is not rendered again. */
function entriesKey(shown: readonly ({ collection?: string; id: string; digest?: string | number | undefined; data: unknown } | undefined)[]): string {
  const h = createHash('sha1');
  for (const e of shown) h.update(`${e?.collection}:${e?.id}:${e?.digest ?? JSON.stringify(e?.data)}\n`);
  return h.digest('hex');
}

/**
 * What a practice page is made of, as one hash: its own entry, the entries it shows (region, groups, measures,
 * briefing, neighbours, related practices).
 */
export function practiceCacheKey(c: Corpus, practice: PracticeEntry): string {
  const { prev, next } = neighbours(c, practice);
  // Its figures link to /metrics/ when another region reports the same indicator: that depends on other pages.
  const compared = comparedIndicators(c);
  const linked = practice.data.metrics.flatMap((m) => (m.indicator && compared.has(m.indicator) ? [m.indicator] : []));
  return `${linked.join(',')}:${entriesKey([
    practice,
    c.region.get(practice.data.region),
    ...practice.data.partners.map((r) => c.region.get(r)),
    ...practice.data.groups.map((g) => c.group.get(g)),
    ...practice.data.measures.map((m) => c.measure.get(m)),
    c.briefing.get(practice.data.briefing),
    prev,
    next,
    ...c.related(practice, RELATED_SHOWN),
    // The related practices are listed with their issues' citations.
    ...c.related(practice, RELATED_SHOWN).map((r) => c.briefing.get(r.data.briefing)),
  ])}`;
}

/** What a briefing page is made of: the briefing, its practices and their regions, and the issues before and after. */
export function briefingCacheKey(c: Corpus, briefing: BriefingEntry): string {
  const practices = practicesOf(c, briefing);
  const { older, newer } = issueNeighbours(c, briefing);
  return entriesKey([briefing, ...practices, ...practices.map((p) => c.region.get(p.data.region)), older, newer]);
}
