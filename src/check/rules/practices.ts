/** A practice: its tags name known ids, its title its region, its metrics its text, its issue lists it. */
import { isDraft, type CheckContext } from '../context.ts';
import { checkRef, idFromFileName, meantRef } from '../refs.ts';
import { cutText } from '../../lib/format.ts';
import type { RawEntry } from '../types.ts';
import type { Correction } from '../../lib/fidelity.ts';
import { firstPlaceNamed, isKnownPlace, leadingPlaceName, SPEAKS_AS_CITY, unknownPlaceMessage } from '../../lib/place-names.ts';
import { checkBody } from './bodies.ts';
import { printedOf, renamedPractices } from './briefings.ts';
import { checkIngestMarks } from './leftovers.ts';
import { checkMetrics } from './metrics.ts';

/**
 * Every rule of each practice but its fidelity; `listedIn` gives the issues that list each practice. Returns the
 * practices to compare with their issue's source, with that source.
 */
export function checkPractices(ctx: CheckContext, listedIn: ReadonlyMap<string, string[]>): Map<RawEntry, { corrections: readonly Correction[]; source: string }> {
  const { corpus, problems, regions, groups, measures, briefings, practices, regionIdx, groupIdx, measureIdx, briefingIdx, titleRegion } = ctx;
  const sourceOf = new Map(briefings.map((b) => [b.entry.id, b.data.source]));
  const printedDatesOf = (briefing: string) => {
    const source = sourceOf.get(briefing);
    return source === undefined ? undefined : printedOf(ctx, source)?.dates;
  };
  // Each issue's unknown practice ids, as the practices their messages suggest (checkIssues, briefings.ts), and the
  // practice renamed without the issue's list (renamedPractices).
  const renamed = renamedPractices(ctx);
  const meantIn = new Map(
    briefings.map((b) => [
      b.entry.id,
      new Set([
        ...b.data.practices.map((id) => meantRef(id, ctx.practiceIdx, new Set(b.data.practices))).filter((id) => id !== undefined),
        ...(renamed.get(b.entry.id)?.values() ?? []),
      ]),
    ]),
  );
  const regionIds = new Set(regions.map((r) => r.data.id));
  const regionName = new Map(regions.map((r) => [r.data.id, r.data.name]));
  // With the raw entries' names too: a region whose entry has another mistake (order: 17.5) is still in the table.
  const rawRegionNames = corpus.regions.flatMap((r) => {
    const d = r.data as { name?: unknown; aliases?: unknown } | undefined;
    return [d?.name, ...(Array.isArray(d?.aliases) ? d.aliases : [])].filter((x): x is string => typeof x === 'string');
  });
  const allPlaceNames = [...new Set([...regions.flatMap((r) => [r.data.name, ...r.data.aliases]), ...rawRegionNames])];
  /** Practices to compare with their issue's source (fidelity), by entry. */
  const pendingFidelity = new Map<RawEntry, { corrections: readonly Correction[]; source: string }>();
  const briefingDate = new Map(briefings.map((b) => [b.entry.id, b.data.date.getTime()]));
  const briefingSource = new Map(briefings.map((b) => [b.entry.id, b.data.source]));

  const orphanIssues = new Map<string, string[]>();
  for (const p of practices) {
    // (Not an issue whose file name is no id, Taizhou-….yaml: its own file's message says how to rename it.)
    if (briefingIdx.known && !briefingIdx.ids.has(p.data.briefing) && ![...briefingIdx.ids].some((id) => idFromFileName(id) === p.data.briefing)) orphanIssues.set(p.data.briefing, [...(orphanIssues.get(p.data.briefing) ?? []), p.entry.id]);
  }
  for (const p of practices) {
    const { file } = p.entry;
    checkRef(p.data.region, regionIdx, file, 'region', problems);
    // A title that begins with a place names the practice's region: 临海市… is not 路桥区's practice.
    const named = titleRegion(p.data.title);
    if (named && named.id !== p.data.region && regionIds.has(p.data.region)) {
      problems.push({ file, field: 'region', message: `标题以“${named.name}”开头，region 却是 ${p.data.region}（${regionName.get(p.data.region)}）：应为 ${named.id}，或核对标题` });
    }
    // A title beginning with a county-level place the table lacks (龙泉市…) is not this region's practice either.
    const place = named ? undefined : leadingPlaceName(p.data.title);
    if (place && regionIdx.known && !isKnownPlace(place, allPlaceNames)) {
      problems.push({
        file,
        field: 'region',
        message: `${unknownPlaceMessage(place)}这个地区，再把 region 改成它（现在 region 是 ${p.data.region}${regionName.has(p.data.region) ? `（${regionName.get(p.data.region)}）` : ''}）；若标题里的地名写错了，照原文改正`,
      });
    }
    if (!named && !place && !isDraft(p.entry) && regionIds.has(p.data.region)) checkRegionInLead(ctx, p);
    p.data.partners.forEach((r, i) => {
      checkRef(r, regionIdx, file, `partners[${i}]`, problems);
      if (r === p.data.region) problems.push({ file, field: `partners[${i}]`, message: `协作地区 ${r} 就是本案例的地区（region）：partners 只写参与协作的其他地区` });
      // A partner is a place the text names: its region page lists the practice as one it took part in.
      const region = regions.find((x) => x.data.id === r);
      const text = `${p.data.title}\n${p.entry.body ?? ''}`;
      if (region && r !== p.data.region && !isDraft(p.entry) && ![region.data.name, ...region.data.aliases].some((n) => n.length >= 2 && text.includes(n))) {
        problems.push({
          file,
          field: `partners[${i}]`,
          message: `协作地区 ${r}（${region.data.name}）在标题和正文中都没有出现：${region.data.name}的页面会把本案例列为它参与协作的案例。partners 只写正文中写到的协作地区：写错了就改成正文中的那个地区，否则删去这一项`,
        });
      }
    });
    // The same figure twice is counted twice on every page that lists or compares figures.
    const figures = new Map<string, number>();
    p.data.metrics.forEach((m, i) => {
      const key = `${m.quote}\0${m.value}\0${m.unit}`;
      const first = figures.get(key);
      if (first !== undefined) problems.push({ file, field: `metrics[${i}]`, message: `与 metrics[${first}] 重复（同一引文“${m.quote}”、同一数值 ${m.value}${m.unit}）：每个数字只记一次` });
      else figures.set(key, i);
    });
    // An id of the other list (skills-training among the groups) is said to be one, not just unknown.
    for (const [field, idx, other, otherField] of [['groups', groupIdx, measureIdx, 'measures'], ['measures', measureIdx, groupIdx, 'groups']] as const) {
      p.data[field].forEach((v, i) => {
        if (idx.known && !idx.ids.has(v) && other.ids.has(v)) {
          problems.push({ file, field: `${field}[${i}]`, message: `${v} 是${other.label}（${other.names?.get(v) ?? v}）的 id，不是${idx.label}：写在 ${otherField} 中，${field} 只填${idx.label}的 id` });
        } else checkRef(v, idx, file, `${field}[${i}]`, problems);
      });
    }
    checkTagsNamed(ctx, p);
    // A draft may wait for the editor's choice (the ingest leaves the lists empty when no word suggests one); a page
    // that is published is listed under at least one group and one measure.
    if (!isDraft(p.entry)) {
      for (const [field, list, what] of [['groups', groups, '目标群体'], ['measures', measures, '举措类型']] as const) {
        if (p.data[field].length) continue;
        const allowed = list.map((x) => `${x.data.id}（${x.data.name}）`).join(', ');
        problems.push({ file, field, message: `至少填写一个${what}（${field}）：本案例已不是草稿，会被发布。允许的值：${allowed}` });
      }
    }
    // A tag listed twice shows twice on the page and counts the practice twice on the group's or region's page.
    for (const [field, list, what] of [
      ['groups', p.data.groups, '目标群体'],
      ['measures', p.data.measures, '举措类型'],
      ['partners', p.data.partners, '协作地区'],
    ] as const) {
      const seen = new Map<string, number>();
      list.forEach((v, i) => {
        const first = seen.get(v);
        if (first === undefined) seen.set(v, i);
        else problems.push({ file, field: `${field}[${i}]`, message: `${what} ${v} 重复（${field}[${first}] 已经是 ${v}）：每项只写一次，删去重复的这一项` });
      });
    }
    // Several practices naming one issue no file has: that issue's file is missing (not yet written, deleted,
    // renamed), one mistake told once, not a did-you-mean per practice pointing each at another issue.
    const sharing = orphanIssues.get(p.data.briefing);
    if (!sharing || sharing.length < 2) checkRef(p.data.briefing, briefingIdx, file, 'briefing', problems);
    else if (sharing[0] === p.entry.id) {
      problems.push({
        file,
        field: 'briefing',
        message: `未知的简报 "${p.data.briefing}"：content/briefings/ 中没有 ${p.data.briefing}.yaml，而 ${sharing.length} 个案例的 briefing 都写的是它（${sharing.join('、')}）：这期简报的文件是否漏建、删去或改了名？照它的原文建好（最好用 npm run ingest），或把这些案例的 briefing 改成它们所属的那一期`,
      });
    }
    const lists = listedIn.get(p.entry.id) ?? [];
    // Listed in one other issue and not in its own: the briefing field is the slip (copied from another practice). One
    // message; the date and the text are then compared with the issue that lists it, not reported again against this one.
    const listedBy = lists.length === 1 && lists[0] !== p.data.briefing && briefingDate.has(lists[0]!) ? lists[0]! : undefined;
    if (listedBy) {
      problems.push({
        file,
        field: 'briefing',
        message: `简报 ${p.data.briefing} 的 practices 列表中没有本案例，它列在简报 ${listedBy} 中：briefing 应为 ${listedBy}（本案例确属 ${p.data.briefing} 时，把它从 ${listedBy} 的 practices 移到 ${p.data.briefing} 的）`,
      });
    }
    const issue = listedBy ?? p.data.briefing;
    const bd = briefingDate.get(issue);
    // Not when the practice has the date the issue's source prints and the briefing has not: the briefing is the one
    // to correct, and its masthead check says so (checkMastheads).
    const pd = p.data.date.toISOString().slice(0, 10);
    const printedDates = bd !== undefined && bd !== p.data.date.getTime() ? printedDatesOf(issue) : undefined;
    if (bd !== undefined && bd !== p.data.date.getTime() && !(printedDates?.includes(pd) && !printedDates.includes(new Date(bd).toISOString().slice(0, 10)))) {
      problems.push({ file, field: 'date', message: `日期 ${p.data.date.toISOString().slice(0, 10)} 与简报 ${issue} 的日期 ${new Date(bd).toISOString().slice(0, 10)} 不一致` });
    }
    // Only against a briefing that could be read and validated: a broken one has no list to compare with.
    // Nor when the briefing lists an unknown id its message already suggests is this practice (wenling-employment.md,
    // an old name): that is the one mistake, reported there.
    if (!listedBy && briefingDate.has(p.data.briefing) && !lists.includes(p.data.briefing) && !meantIn.get(p.data.briefing)?.has(p.entry.id)) {
      problems.push({ file, field: 'briefing', message: `简报 ${p.data.briefing} 的 practices 列表中没有本案例 ${p.entry.id}` });
    }
    if (!(p.entry.body ?? '').trim()) {
      // Not also one "引文…找不到" per metric: an empty body is the one thing to fix.
      problems.push({ file, field: 'body', message: '正文为空' });
    } else {
      const dated = datedBy(pd, bd, printedDatesOf(issue));
      checkMetrics(ctx, file, 'metrics', p.data.metrics, p.entry.body ?? '', false, isDraft(p.entry), dated);
      checkIngestMarks(ctx, p.entry, 'metrics', p.data.metrics);
      // A result is something achieved by the time of the issue that reports it; a later year is a target or a typo.
      // Not told again where the metric rules have already said which year its sentence gives.
      const issueYear = dated.getUTCFullYear();
      const yearTold = new Set(problems.filter((q) => q.file === file && /^metrics\[\d+\]\.year$/.test(q.field)).map((q) => q.field));
      p.data.metrics.forEach((m, i) => {
        if (yearTold.has(`metrics[${i}].year`)) return;
        if (m.kind === 'baseline' && m.year !== undefined && m.year > issueYear) {
          problems.push({
            file,
            field: `metrics[${i}].year`,
            message: `起点（kind: baseline）的年份 ${m.year} 晚于本案例的日期 ${dated.toISOString().slice(0, 10)}：起点是已经有的数字，不会在发布之后。请核对年份`,
          });
        }
        if (m.kind === 'result' && m.year !== undefined && m.year > issueYear) {
          problems.push({
            file,
            field: `metrics[${i}].year`,
            message: `成效（kind: result）的年份 ${m.year} 晚于本案例的日期 ${dated.toISOString().slice(0, 10)}：已取得的成效不会在发布之后；若原文说的是目标，kind 应为 target，否则请核对年份`,
          });
        }
        // And a target is for a year still to come: a year already past when the issue was printed is what was
        // achieved (or the starting point) that year.
        if (m.kind === 'target' && m.year !== undefined && m.year < issueYear) {
          problems.push({
            file,
            field: `metrics[${i}].year`,
            message: `目标（kind: target）的年份 ${m.year} 早于本案例的日期 ${dated.toISOString().slice(0, 10)}：已经过去的年份不是目标。若原文说的是那一年取得的数字，kind 应为 result（起点的数字为 baseline），否则请核对年份`,
          });
        }
      });
      const source = briefingSource.get(issue);
      checkBody(ctx, p.entry, 'practices', source);
      // Compared with the source issue by issue, below, with the issue's coverage.
      if (source !== undefined) pendingFidelity.set(p.entry, { corrections: p.data.corrections, source });
    }
  }
  return pendingFidelity;
}

type PracticeOf = CheckContext['practices'][number];

/**
 * The date a practice's figures are read against (今年 in its text, a target still to come, a result already achieved):
 * the date its issue's source prints when it prints one (the practice's or the briefing's date where that is the one
 * printed), else its issue's date, else its own (`pd`, `bd` the practice's and the issue's). A date typed wrong, the
 * briefing's (reported against the source by checkMastheads) or the practice's (against the briefing), is then one
 * message, not also one for each figure the wrong year would make look early or late.
 */
export function datedBy(pd: string, bd: number | undefined, printed: readonly string[] | undefined): Date {
  const issue = bd === undefined ? undefined : new Date(bd).toISOString().slice(0, 10);
  const day = printed?.length ? [pd, issue].find((d) => d !== undefined && printed.includes(d)) ?? printed[0]! : issue ?? pd;
  return new Date(`${day}T00:00:00Z`);
}

/**
 * A group or measure is one the practice speaks of: its title or body holds the taxonomy's name for it or one of its
 * other words (a group's aliases, a measure's keywords), which is also how the ingest suggests it. A tag none of them
 * names is a guess: the group's page would list a practice whose text never mentions its people. Where the text says
 * it in other words, those words belong in the taxonomy, so that search and the ingest know them too.
 */
function checkTagsNamed(ctx: CheckContext, p: PracticeOf): void {
  const text = `${p.data.title}\n${p.entry.body ?? ''}`;
  if (!(p.entry.body ?? '').trim()) return;
  const kinds = [
    { field: 'groups', what: '目标群体', whom: '群体', file: 'groups.yaml', key: 'aliases', items: ctx.groups.map((g) => ({ id: g.data.id, name: g.data.name, words: g.data.aliases })) },
    { field: 'measures', what: '举措类型', whom: '举措', file: 'measures.yaml', key: 'keywords', items: ctx.measures.map((m) => ({ id: m.data.id, name: m.data.name, words: m.data.keywords })) },
  ] as const;
  for (const k of kinds) {
    p.data[k.field].forEach((id, i) => {
      const item = k.items.find((x) => x.id === id);
      if (!item) return;
      const words = [...new Set([item.name, ...item.words])];
      if (words.some((w) => text.includes(w))) return;
      ctx.problems.push({
        file: p.entry.file,
        field: `${k.field}[${i}]`,
        message: `${k.what} ${id}（${item.name}）在标题和正文中都没有出现（找的是：${words.join('、')}）。${k.field} 只写正文说到的${k.whom}：正文用别的说法说它时，把这个说法加进 content/taxonomy/${k.file} 中它的 ${k.key}；否则删去这一项`,
      });
    });
  }
}

/**
 * A title that names no place leaves the region to the text, which opens by naming it (近年来，玉环市…), or, in a
 * practice of the issuing city itself (市本级), by speaking as the city (近年来，我市…). Reported only when the first
 * paragraph says otherwise: it names another region and not this one, or speaks as a city (我市) for a district or
 * county (a county-level city says 我市 too). A first paragraph that names no place says nothing either way.
 */
function checkRegionInLead(ctx: CheckContext, p: PracticeOf): void {
  const { problems, regions, briefings } = ctx;
  const lead = (p.entry.body ?? '').split(/\n\s*\n/).map((x) => x.trim()).find((x) => x && !x.startsWith('#')) ?? '';
  if (!lead) return;
  const places = regions.map((r) => ({ r, names: [r.data.name, ...r.data.aliases].filter((n) => n.length >= 2) }));
  const own = places.find((x) => x.r.data.id === p.data.region)!;
  if (own.names.some((n) => lead.includes(n))) return;
  const asCity = SPEAKS_AS_CITY.exec(lead)?.[0];
  const other = firstPlaceNamed(lead, places.filter((x) => x !== own))?.r;
  const level = own.r.data.level;
  if (!other && !(asCity && (level === '区' || level === '县'))) return;
  const issuer = briefings.find((b) => b.entry.id === p.data.briefing)?.data.issuer ?? '';
  const city = places.find((x) => x.r.data.level === '市' && x.names.some((n) => issuer.startsWith(n)))?.r;
  const hint = other
    ? `正文第一段写的是“${other.data.name}”：region 应为 ${other.data.id}，或核对正文`
    : city
      ? `正文说“${asCity}”，是编发简报的市自己的案例（市本级），region 应为 ${city.data.id}（${city.data.name}）`
      : `正文说“${asCity}”，不是${level}的说法：请核对 region`;
  problems.push({
    file: p.entry.file,
    field: 'region',
    message: `标题没有写地区，正文第一段（“${cutText(lead, 26)}”）也没有写到 ${own.r.data.id}（${own.r.data.name}）：${hint}`,
  });
}
