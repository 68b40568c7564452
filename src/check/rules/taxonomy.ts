import type { CheckContext } from '../context.ts';
import { edgeSpaces } from '../text.ts';
import { checkRef } from '../refs.ts';
import { suggestId } from '../../lib/suggest.ts';
import type { RawEntry } from '../types.ts';

/**
 * The taxonomy (content/taxonomy/*.yaml) is one list per kind whose names each mean one thing: regions, groups,
 * measures, indicators and search synonyms.
 */
export function checkTaxonomy(ctx: CheckContext): void {
  const { problems, regions, groups, measures, indicators, synonyms, groupIdx } = ctx;
  checkRemovedIds(ctx);
  // An indicator's groups are groups.yaml's ids: a misspelt one would list its targets on no group's page.
  for (const { entry, data } of indicators) data.groups?.forEach((g, i) => checkRef(g, groupIdx, entry.file, `${entry.at ?? ''}.groups[${i}]`, problems));
  // An alias shared by two groups (or regions) would make search and ingest ambiguous.
  for (const [list, what] of [
    [groups.map((g) => ({ file: g.entry.file, at: g.entry.at, id: g.data.id, names: [g.data.name, ...g.data.aliases, ...g.data.spoken] })), '群体'],
    [regions.map((r) => ({ file: r.entry.file, at: r.entry.at, id: r.data.id, names: [r.data.name, ...r.data.aliases] })), '地区'],
  ] as const) {
    const owner = new Map<string, string>();
    for (const item of list) {
      for (const n of item.names) {
        const prev = owner.get(n);
        if (prev && prev !== item.id) problems.push({ file: item.file, field: `${item.at ?? ''}.aliases`, message: `名称或别名“${n}”同时属于${what} ${prev} 和 ${item.id}` });
        owner.set(n, item.id);
      }
    }
  }

  // A region's level is the one its name says: 安吉县 is a 县, whatever was copied from 台州市's entry (a 市 with no
  // parent is listed as a prefecture-level city, its practices as 市本级). A name ending in 市 may be either city.
  for (const r of regions) {
    const suffix = /[市区县]$/.exec(r.data.name)?.[0];
    const fits = suffix === '县' ? r.data.level === '县' : suffix === '区' ? r.data.level === '区' : suffix === '市' ? r.data.level === '市' || r.data.level === '县级市' : true;
    if (!fits) {
      problems.push({
        file: r.entry.file,
        field: `${r.entry.at ?? ''}.level`,
        message: `“${r.data.name}”是${suffix}，level 却是“${r.data.level}”：level 应为 ${suffix === '市' ? '市（地级市）或 县级市' : suffix}`,
      });
    }
  }

  // A name or alias is one thing's only: a measure named like a group (快递小哥) would take that group's searches.
  // Name → its owner (地区 yuhuan), the first one written; the synonyms are checked against it below.
  const everyName = new Map<string, string>();
  for (const [items, what] of [
    [regions.map((r) => ({ entry: r.entry, id: r.data.id, names: [r.data.name, ...r.data.aliases] })), '地区'],
    [groups.map((g) => ({ entry: g.entry, id: g.data.id, names: [g.data.name, ...g.data.aliases, ...g.data.spoken] })), '群体'],
    [measures.map((m) => ({ entry: m.entry, id: m.data.id, names: [m.data.name, ...m.data.name.split('/').filter((x) => x !== m.data.name)] })), '举措类型'],
  ] as const) {
    for (const { entry, id, names } of items) {
      for (const n of new Set(names)) {
        const prev = everyName.get(n);
        if (prev && !prev.startsWith(what)) {
          problems.push({ file: entry.file, field: `${entry.at ?? ''}.${n === names[0] ? 'name' : 'aliases'}`, message: `名称或别名“${n}”已是${prev}的名称或别名：搜索和导入分不清它指哪一个。请换一个说法，或删去这一项` });
        } else if (!prev) everyName.set(n, `${what} ${id}`);
      }
    }
  }

  // A metric's value is recorded with 万 and 亿 worked out (3.92万人 → 39200 人): an indicator's unit is the unit
  // after that, or every metric of it would be reported against it.
  for (const { entry, data } of indicators) {
    const unit = (data as { unit?: string }).unit;
    if (unit && /^[万亿]./u.test(unit)) {
      problems.push({ file: entry.file, field: `${entry.at ?? ''}.unit`, message: `指标的单位“${unit}”含有万/亿：数据指标的 value 按换算后的数值记，单位也写换算后的（“${unit.slice(1)}”）` });
    }
  }

  // Names are shown, linked and searched as written: a space at either end makes another value of the facet.
  for (const [items, file] of [[regions, 'regions'], [groups, 'groups'], [measures, 'measures'], [indicators, 'indicators']] as const) {
    for (const { entry, data } of items as { entry: RawEntry; data: { name: string; aliases?: string[]; spoken?: string[] } }[]) {
      const named: [string, string][] = [
        ['name', data.name],
        ...(['aliases', 'spoken'] as const).flatMap((key) => (data[key] ?? []).map((n, i): [string, string] => [`${key}[${i}]`, n])),
      ];
      for (const [field, n] of named) {
        const ends = edgeSpaces(n);
        if (ends) problems.push({ file: entry.file, field: `${entry.at ?? ''}.${field}`, message: `“${n}”首尾有空格（含全角空格）${ends}：请删去这些空格（${file}）` });
      }
    }
  }

  // Other names and keywords are matched one by one (search synonyms, the ingest's guesses): two written in one item
  // with a Chinese comma (龙泉，剑川) make one name that no text has, and neither is ever matched.
  for (const [items, field, what] of [[regions, 'aliases', '别名'], [groups, 'aliases', '别名'], [groups, 'spoken', '说法'], [measures, 'keywords', '关键词'], [synonyms, 'aliases', '同义词']] as const) {
    for (const { entry, data } of items as { entry: RawEntry; data: Record<string, unknown> }[]) {
      const list = data[field];
      if (!Array.isArray(list)) continue;
      list.forEach((n, i) => {
        if (typeof n !== 'string' || !/[，,；;]/.test(n)) return;
        const parts = n.split(/[，,；;]\s*/).map((x) => x.trim()).filter(Boolean);
        problems.push({ file: entry.file, field: `${entry.at ?? ''}.${field}[${i}]`, message: `“${n}”是几个${what}写在一项里：列表的各项要用英文逗号“,”分隔，中文逗号会把几项连成一项，哪一个都不会被找到。写成 [${parts.join(', ')}]` });
      });
    }
  }

  // A county-level region is listed on /regions/ under the city its `parent` names (src/pages/regions/index.astro):
  // the parent must be the name of a region of level 市, written as that region's name (not an alias).
  const cityNames = regions.filter((r) => r.data.level === '市').map((r) => r.data.name);
  const cityCandidates = regions.filter((r) => r.data.level === '市').map((r) => ({ id: r.data.name, names: [r.data.name, ...r.data.aliases] }));
  for (const r of regions) {
    const field = `${r.entry.at ?? ''}.parent`;
    const allowed = `允许的值：${cityNames.join(', ')}`;
    if (r.data.level === '市') {
      if (r.data.parent !== undefined) problems.push({ file: r.entry.file, field, message: `地级市（level: 市）不填 parent，收到 “${r.data.parent}”` });
    } else if (r.data.parent === undefined) {
      problems.push({ file: r.entry.file, field, message: `缺少所属地级市（level 为 ${r.data.level} 的地区要填 parent，否则不会出现在 /regions/ 页面上）。${allowed}` });
    } else if (!cityNames.includes(r.data.parent) && /市$/.test(r.data.parent) && !regions.some((x) => [x.data.name, ...x.data.aliases].includes(r.data.parent!))) {
      // A new city's counties added before the city itself.
      problems.push({
        file: r.entry.file,
        field,
        message: `所属地级市“${r.data.parent}”不在 regions.yaml 中：先为它添加一项（name: ${r.data.parent}，level: 市，不填 parent），再添加它下辖的县（市、区）`,
      });
    } else if (!cityNames.includes(r.data.parent)) {
      const meant = suggestId(r.data.parent, cityCandidates);
      problems.push({
        file: r.entry.file,
        field,
        message: `所属地级市“${r.data.parent}”不是地级市的名称。${meant ? `是否想填 ${meant}？` : ''}${allowed}（regions.yaml 中 level 为 市 的名称）`,
      });
    }
  }

  // Display order and names are each one item's: two regions with one `order` have no defined order, and two
  // measures or indicators with one name cannot be told apart (in lists, and by the ingest, which matches names).
  const sameValue = <T>(list: { entry: RawEntry; data: T }[], get: (d: T) => unknown, field: string, message: (v: string, prev: string) => string) => {
    const seen = new Map<string, RawEntry>();
    for (const { entry, data } of list) {
      const v = get(data);
      if (v === undefined) continue;
      const prev = seen.get(String(v));
      if (prev) problems.push({ file: entry.file, field: `${entry.at ?? ''}.${field}`, message: message(String(v), `${prev.at ?? ''}（${prev.id}）`) });
      else seen.set(String(v), entry);
    }
  };
  for (const list of [regions, groups] as { entry: RawEntry; data: { order: number } }[][]) {
    sameValue(list, (d) => d.order, 'order', (v, prev) => `顺序 ${v} 与 ${prev}相同：每项的 order 应不同`);
  }
  for (const list of [measures, indicators] as { entry: RawEntry; data: { name: string } }[][]) {
    sameValue(list, (d) => d.name, 'name', (v, prev) => `名称“${v}”与 ${prev}相同：每项的名称应不同`);
  }

  // A search synonym must not be another synonym's name, nor a name of a region, group or measure: the search would
  // not know which it meant.
  const taken = new Map(everyName);
  for (const s of synonyms) {
    for (const [i, n] of [s.data.name, ...s.data.aliases].entries()) {
      const prev = taken.get(n);
      const field = `${s.entry.at ?? ''}.${i === 0 ? 'name' : `aliases[${i - 1}]`}`;
      if (prev && prev !== `同义词 ${s.data.id}`) problems.push({ file: s.entry.file, field, message: `“${n}”已是${prev}的名称或别名：同义词只收录分类体系之外的词` });
      taken.set(n, `同义词 ${s.data.id}`);
    }
  }
}

/**
 * An id two or more files name that its taxonomy file lacks was removed there (or renamed there alone), not misspelt
 * in each file: one message, at the taxonomy file, naming the files and (for a group) the plans' sections that say
 * what it was; not one 未知的… per file, each listing the ids left. One file's unknown id keeps its did-you-mean.
 */
function checkRemovedIds(ctx: CheckContext): void {
  const { corpus, problems, practices, plans, indicators, regionIdx, groupIdx, measureIdx, indicatorIdx } = ctx;
  const kinds = [
    { idx: regionIdx, file: 'regions.yaml', raw: corpus.regions },
    { idx: groupIdx, file: 'groups.yaml', raw: corpus.groups },
    { idx: measureIdx, file: 'measures.yaml', raw: corpus.measures },
    { idx: indicatorIdx, file: 'indicators.yaml', raw: corpus.indicators },
  ];
  // Who names each id: the pages (by kind of page) and the indicators.
  const users = kinds.map(() => new Map<string, Map<string, Set<string>>>());
  const use = (k: number, id: string | undefined, kind: string, who: string) => {
    // (A measure's id among the groups, or a group's among the measures, is told which list it belongs in.)
    const other = k === 1 ? measureIdx : k === 2 ? groupIdx : undefined;
    if (id === undefined || kinds[k]!.idx.ids.has(id) || other?.ids.has(id)) return;
    const byKind = users[k]!.get(id) ?? new Map<string, Set<string>>();
    users[k]!.set(id, byKind.set(kind, (byKind.get(kind) ?? new Set()).add(who)));
  };
  for (const p of practices) {
    [p.data.region, ...p.data.partners].forEach((r) => use(0, r, '案例', p.entry.id));
    p.data.groups.forEach((g) => use(1, g, '案例', p.entry.id));
    p.data.measures.forEach((m) => use(2, m, '案例', p.entry.id));
    p.data.metrics.forEach((m) => use(3, m.indicator, '案例', p.entry.id));
  }
  for (const pl of plans) {
    use(0, pl.data.region, '方案', pl.entry.id);
    pl.data.groups.forEach((g) => use(1, g.group, '方案', pl.entry.id));
    pl.data.targets.forEach((m) => use(3, m.indicator, '方案', pl.entry.id));
  }
  for (const i of indicators) i.data.groups?.forEach((g) => use(1, g, '指标', i.data.id));
  kinds.forEach(({ idx, file, raw }, k) => {
    const at = raw[0]?.file;
    if (!idx.known || !at) return;
    for (const [id, byKind] of users[k]!) {
      const count = [...byKind.values()].reduce((n, s) => n + s.size, 0);
      if (count < 2) continue;
      idx.told.add(id);
      const named = [...byKind].map(([kind, ids]) => `${ids.size} ${kind === '方案' ? '份' : '个'}${kind}（${[...ids].join('、')}）`).join('和 ');
      // A plan's section for the group says what it was: 高校毕业生激励计划.
      const sections = k === 1 ? [...new Set(plans.flatMap((pl) => pl.data.groups.filter((g) => g.group === id).map((g) => g.heading)))] : [];
      const said = sections.length ? `（方案的小节“${sections.join('”“')}”说的就是它）` : '';
      problems.push({
        file: at,
        field: 'id',
        message: `${file} 中没有${idx.label} ${id}，而 ${named}都写着它：是否从 content/taxonomy/${file} 中删去了它或改了它的 id？恢复 id 为 ${id} 的一项${said}，或把这些文件中的 ${id} 改成现有的 id。允许的值：${[...idx.ids].join(', ')}`,
      });
    }
  });
}
