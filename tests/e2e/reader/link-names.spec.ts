/**
 * The link names a screen reader lists on /metrics/, a plan and a practice; in Chromium against the built site.
 */
import { expect, test } from '@playwright/test';

test('a screen reader’s list of links names no two targets alike (/metrics/, a plan, a practice …): the figures and sentences say whose they are', async ({ page }) => {
  for (const path of ['/metrics/', '/plans/taizhou-action-plan/', '/plans/qingtian-action-plan/', '/practices/yuhuan-skills-to-capital/', '/briefings/taizhou-2021-12-01/', '/regions/taizhou/', '/groups/technical-workers/', '/measures/skills-training/', '/']) {
    await page.goto(path);
    // Names as the accessibility tree gives them, with each link's address.
    const snap = await page.locator('body').ariaSnapshot();
    const targets = new Map<string, Set<string>>();
    for (const m of snap.matchAll(/- link "((?:[^"\\]|\\.)*)"[^\n]*\n\s*- \/url: ([^\n]*)/g)) {
      const set = targets.get(m[1]!) ?? new Set<string>();
      set.add(m[2]!.replace(/^"|"$/g, ''));
      targets.set(m[1]!, set);
    }
    expect(targets.size, path).toBeGreaterThan(5);
    const alike = [...targets].filter(([, s]) => s.size > 1).map(([name, s]) => `${name} → ${[...s].join(' ')}`);
    expect(alike, path).toEqual([]);
    // The hidden words stay hidden: nothing makes the page wider than a phone's screen.
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path} at 320 px`).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

test('no link or button’s name has a space its text does not: words hidden for screen readers join the visible ones (“各地数据：新增高技能人才”, not “各地数据 ：…”)', async ({ page, request }) => {
  test.slow(); // every page
  const xml = await (await request.get('/sitemap.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const stray: string[] = [];
  let named = 0;
  for (const path of paths) {
    await page.goto(path);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    // Each control's text as the reader sees it: its words, with a space where a part of it starts a line of its own
    // (a card's figure, label and kind), none where words run on (hidden words placed out of the flow, 各地数据 ：…);
    // spaces collapsed. Found by its characters without spaces.
    const texts = new Map<string, Set<string>>();
    const controls = await page.locator('a[href], button, summary').evaluateAll((els) => {
      const seen = (node: Node): string =>
        [...node.childNodes]
          .map((n) => {
            if (n.nodeType === Node.TEXT_NODE) return (n as Text).data;
            if (!(n instanceof Element) || n.getAttribute('aria-hidden') === 'true') return '';
            const style = getComputedStyle(n);
            if (style.display === 'none') return '';
            const ownLine = !style.display.startsWith('inline') && !['absolute', 'fixed'].includes(style.position);
            return ownLine ? ` ${seen(n)} ` : seen(n);
          })
          .join('');
      return els.map((el) => (el.getAttribute('aria-label') ?? seen(el)).replace(/\s+/g, ' ').trim());
    });
    for (const t of controls) texts.set(t.replace(/\s/g, ''), (texts.get(t.replace(/\s/g, '')) ?? new Set()).add(t));
    // Names as Playwright's accessibility tree gives them.
    const snap = await page.locator('body').ariaSnapshot();
    for (const m of snap.matchAll(/- (?:link|button) "((?:[^"\\]|\\.)*)"/g)) {
      const name = m[1]!.replace(/\\(.)/g, '$1');
      const written = texts.get(name.replace(/\s/g, ''));
      if (!written) continue;
      named++;
      if (!written.has(name)) stray.push(`${path}: “${name}” (text: “${[...written][0]}”)`);
    }
  }
  expect(named, 'names compared').toBeGreaterThan(500);
  expect([...new Set(stray)].slice(0, 20)).toEqual([]);
});
