/**
 * robots.txt for a site served at `base` (`/` or a sub-path such as `/gongfu/`), with the sitemap's absolute address.
 * Pure; unit-tested.
 *
 * Crawlers read robots.txt only at the root of a host (https://host/robots.txt, RFC 9309): under a sub-path the file
 * this site writes is never read where it stands, and its rules are for the host's own robots.txt. There they must
 * speak for this site's part of the host only: `Allow: /` would speak for every other site on it. So under a
 * sub-path the rules name the sub-path, and a comment says where the lines belong.
 */
export function robotsTxt(base: string, sitemapUrl: string): string {
  const root = base === '/';
  const note = root
    ? ''
    : `# 本站部署在 ${base} 下。搜索引擎只读取网站根目录的 robots.txt：请把以下各行并入网站根目录的 robots.txt。\n`;
  return `${note}User-agent: *
Allow: ${base}

Sitemap: ${sitemapUrl}
`;
}
