/**
 * The place a title begins with: 龙泉市以…, 鹿城区…, 青田县… (two or three characters, then 市, 县 or 区). Words that
 * only look like one are left out: 推进全市, 城乡区域, 山区, 老城区, 县域, 市场.
 */
const LEADING_PLACE = /^[\s\u3000]*(\p{Script=Han}{2,3}?[市县区])(?![域场民级城块])/u;
const NOT_A_PLACE = /[全我本各该每省][市县区]$|[老新主旧]城区$/;

/** The county-level place name a title begins with (`龙泉市`), or undefined. */
export function leadingPlaceName(title: string): string | undefined {
  const name = LEADING_PLACE.exec(title)?.[1];
  return name && !NOT_A_PLACE.test(name) ? name : undefined;
}

/** Whether `place` (a title's leading place name) is one of `names` (regions' names and aliases), or begins with one. */
export function isKnownPlace(place: string, names: readonly string[]): boolean {
  return names.some((n) => n.length >= 2 && place.startsWith(n));
}

/** What the ingest and the check say of a title that begins with a place the region table does not have. */
export function unknownPlaceMessage(place: string): string {
  return `标题以“${place}”开头，但地区表里没有它：先在 content/taxonomy/regions.yaml 添加`;
}
