/**
 * Tags a practice from the taxonomy: its region (and partner regions) from region names and aliases, its target
 * groups from group names and aliases, its kinds of measure from measure keywords. Matching counts non-overlapping
 * occurrences, longest name first, so 高技能人才 is not also counted as 技能人才. Everything here is a suggestion
 * the editor confirms; each choice carries the evidence it rests on.
 */
import { SPEAKS_AS_CITY } from '../lib/place-names.ts';
import type { Doubt, TaxonItem } from './types.ts';

/** How often each item's names occur in a text, and which names matched. */
type Hits = Map<string, { count: number; names: Map<string, number> }>;

/** Counts non-overlapping occurrences of every item's names in `text`, longest names first. */
export function countHits(text: string, items: readonly TaxonItem[]): Hits {
  const pairs = items.flatMap((it) => it.names.filter((n) => n.length >= 2).map((n) => ({ id: it.id, name: n })));
  pairs.sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
  const taken = new Uint8Array(text.length);
  const hits: Hits = new Map();
  for (const { id, name } of pairs) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (taken.subarray(at, at + name.length).some((x) => x)) continue;
      taken.fill(1, at, at + name.length);
      const h = hits.get(id) ?? { count: 0, names: new Map<string, number>() };
      h.count++;
      h.names.set(name, (h.names.get(name) ?? 0) + 1);
      hits.set(id, h);
    }
  }
  return hits;
}

function evidence(h: { names: Map<string, number> }): string {
  return [...h.names].map(([n, c]) => `${n}×${c}`).join('、');
}

/** The region of a practice and the partner regions it works with, with doubts for the editor. */
interface RegionGuess {
  region: string;
  partners: string[];
  doubts: Doubt[];
}

/**
 * Region: the first region named in the title (a county-level division before a city); otherwise, when the text speaks of 我市/全市/市本级, the region of
 * the issuing office (a 市本级 practice); otherwise the region the text names most. Partners: other regions (not the
 * region's own city) named three times or more.
 */
export function detectRegion(title: string, body: string, regions: readonly TaxonItem[], issuerRegion?: string): RegionGuess {
  const doubts: Doubt[] = [];
  // The region named first in the title; a county-level division wins over its city (台州技工 in a 玉环 title).
  const inTitle = regions
    .flatMap((r) => r.names.map((n) => ({ r, at: n.length >= 2 ? title.indexOf(n) : -1 })))
    .filter((h) => h.at >= 0)
    .sort((a, b) => Number(Boolean(b.r.parent)) - Number(Boolean(a.r.parent)) || a.at - b.at);
  let region: string | undefined = inTitle[0]?.r.id;
  const bodyHits = countHits(body, regions);
  if (!region) {
    const lead = body.split('\n\n')[0] ?? body;
    if (issuerRegion && SPEAKS_AS_CITY.test(lead)) {
      region = issuerRegion;
      doubts.push({ field: 'region', note: '标题未写地区，正文称“我市/全市”：按发文单位所在市（市本级）填写，请核对' });
    } else {
      const top = [...bodyHits].sort((a, b) => b[1].count - a[1].count)[0];
      region = top?.[0] ?? issuerRegion ?? regions[0]!.id;
      doubts.push({
        field: 'region',
        note: top
          ? `标题未写地区，按正文中出现最多的地区（${evidence(top[1])}）填写，请核对`
          : issuerRegion
            ? `标题和正文都没写地区，按编发单位所在地（${issuerRegion}）填写，请核对`
            : `未能识别地区，暂填了地区表的第一项 ${region}：请改成本案例的地区`,
      });
    }
  }
  const own = regions.find((r) => r.id === region);
  const ownCity = regions.find((r) => own?.parent && r.names[0] === own.parent)?.id;
  const partners = [...bodyHits]
    .filter(([id, h]) => id !== region && id !== ownCity && id !== issuerRegion && h.count >= 3)
    .sort((a, b) => b[1].count - a[1].count)
    .map(([id]) => id);
  if (partners.length) {
    doubts.push({ field: 'partners', note: `正文多次提到其他地区（${partners.map((id) => `${id}: ${evidence(bodyHits.get(id)!)}`).join('；')}），是否为协作地区请核对` });
  }
  return { region: region!, partners, doubts };
}

/** Ids suggested for a list field (groups, measures), strongest first, with the evidence as a doubt. */
interface TagGuess {
  ids: string[];
  doubts: Doubt[];
}

/** Where each list field's ids are defined, for the editor's note. */
const TAXONOMY_FILE: Record<string, string> = { groups: 'content/taxonomy/groups.yaml', measures: 'content/taxonomy/measures.yaml' };

/**
 * Suggests groups or measures: names in the title weigh three, in the body one; an item is suggested when its
 * weight reaches `min` (and at most `max` items). When nothing reaches it, the list is left empty and flagged with
 * the ids to choose from: a guess would be published as soon as the editor deleted its comment, an empty list is
 * refused by the content check (at least one) until the editor chooses.
 */
export function suggestTags(field: string, title: string, body: string, items: readonly TaxonItem[], min = 3, max = 6): TagGuess {
  const t = countHits(title, items);
  const b = countHits(body, items);
  const score = new Map<string, number>();
  for (const [id, h] of t) score.set(id, (score.get(id) ?? 0) + 3 * h.count);
  for (const [id, h] of b) score.set(id, (score.get(id) ?? 0) + h.count);
  const ranked = [...score].sort((x, y) => y[1] - x[1] || items.findIndex((i) => i.id === x[0]) - items.findIndex((i) => i.id === y[0]));
  const ids = ranked.filter(([, s]) => s >= min).slice(0, max).map(([id]) => id);
  const names = (id: string) => {
    const all = new Map<string, number>();
    for (const h of [t.get(id), b.get(id)]) for (const [n, c] of h?.names ?? []) all.set(n, (all.get(n) ?? 0) + c);
    return evidence({ names: all });
  };
  if (ids.length === 0) {
    const weak = ranked.length ? `正文中只有零星的词（${ranked.map(([id]) => `${id}: ${names(id)}`).join('；')}），不足以推荐` : '正文中没有可对应的词';
    const choices = items.map((i) => `${i.id}（${i.names[0]}）`).join('、');
    const where = TAXONOMY_FILE[field] ? ` ${TAXONOMY_FILE[field]} 中` : '';
    return { ids, doubts: [{ field, note: `${weak}，未填写（选定之前 npm run check 会报告此项）。请从${where}选择至少一个：${choices}` }] };
  }
  const why = ids.map((id) => `${id}: ${names(id)}`).join('；');
  return { ids, doubts: [{ field, note: `按关键词自动推荐（${why}），请核对` }] };
}
