/**
 * Zhejiang's prefecture- and county-level divisions, to tell a title that begins with a place the region table does
 * not have yet (龙泉市以…) from one that begins with a word (聚焦山区…, 打造城区…): a pattern of characters cannot, since
 * 萧山区, 鹿城区 and 婺城区 end as 山区 and 城区 do. As of 2021, with 下城区 and 江干区 (merged into 上城区 and 拱墅区 that
 * year), which older texts still name. A place outside Zhejiang is not known here, and is not reported.
 */
const ZHEJIANG_PLACES: readonly string[] = [
  // 杭州市
  '杭州市', '上城区', '下城区', '江干区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '临平区', '钱塘区', '富阳区', '临安区',
  '桐庐县', '淳安县', '建德市',
  // 宁波市
  '宁波市', '海曙区', '江东区', '江北区', '北仑区', '镇海区', '鄞州区', '奉化区', '象山县', '宁海县', '余姚市', '慈溪市',
  // 温州市
  '温州市', '鹿城区', '龙湾区', '瓯海区', '洞头区', '永嘉县', '平阳县', '苍南县', '文成县', '泰顺县', '瑞安市', '乐清市', '龙港市',
  // 嘉兴市
  '嘉兴市', '南湖区', '秀洲区', '嘉善县', '海盐县', '海宁市', '平湖市', '桐乡市',
  // 湖州市
  '湖州市', '吴兴区', '南浔区', '德清县', '长兴县', '安吉县',
  // 绍兴市
  '绍兴市', '越城区', '柯桥区', '上虞区', '新昌县', '诸暨市', '嵊州市',
  // 金华市
  '金华市', '婺城区', '金东区', '武义县', '浦江县', '磐安县', '兰溪市', '义乌市', '东阳市', '永康市',
  // 衢州市
  '衢州市', '柯城区', '衢江区', '常山县', '开化县', '龙游县', '江山市',
  // 舟山市
  '舟山市', '定海区', '普陀区', '岱山县', '嵊泗县',
  // 台州市
  '台州市', '椒江区', '黄岩区', '路桥区', '三门县', '天台县', '仙居县', '温岭市', '临海市', '玉环市', '玉环县',
  // 丽水市
  '丽水市', '莲都区', '青田县', '缙云县', '遂昌县', '松阳县', '云和县', '庆元县', '景宁畲族自治县', '龙泉市',
];

/** The Zhejiang place a title begins with (`龙泉市`), spaces before it ignored; undefined for any other title. */
export function leadingPlaceName(title: string): string | undefined {
  const t = title.replace(/^[\s\u3000]+/, '');
  return ZHEJIANG_PLACES.find((p) => t.startsWith(p));
}

/** Whether `place` (a title's leading place name) is one of `names` (regions' names and aliases), or begins with one. */
export function isKnownPlace(place: string, names: readonly string[]): boolean {
  return names.some((n) => n.length >= 2 && place.startsWith(n));
}

/** How a text speaks of its own city, not by name (近年来，我市…): a practice of the issuing city itself (市本级). */
export const SPEAKS_AS_CITY = /我市|全市|本市|市本级/;

/**
 * The place of `places` whose name (or alias) comes first in `text`, names of two characters or more only (a
 * one-character alias is part of many words); at the same position, the first in `places`. Undefined for none.
 */
export function firstPlaceNamed<T extends { names: readonly string[] }>(text: string, places: readonly T[]): T | undefined {
  let best: { place: T; at: number } | undefined;
  for (const place of places) {
    for (const n of place.names) {
      const at = n.length >= 2 ? text.indexOf(n) : -1;
      if (at >= 0 && (!best || at < best.at)) best = { place, at };
    }
  }
  return best?.place;
}

/** What the ingest and the check say of a title that begins with a place the region table does not have. */
export function unknownPlaceMessage(place: string): string {
  return `标题以“${place}”开头，但地区表里没有它：先在 content/taxonomy/regions.yaml 添加`;
}
