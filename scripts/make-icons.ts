// Draws the site's raster icons from public/favicon.svg (富 as a path, so no Chinese font is needed), with Chromium:
//   public/apple-touch-icon.png  180×180, for iOS home screens and browsers without SVG icons
//   public/og-image.png          512×512, the picture link previews (og:image, twitter:card summary) show
// Both are square and opaque (iOS and link previews round or crop the corners themselves). The PNGs are committed;
// run this again only after changing favicon.svg. Usage: node scripts/make-icons.ts
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chromiumArgs, findChromium } from '../tests/support/browser.ts';

const svg = readFileSync('public/favicon.svg', 'utf8').replace(/ rx="[^"]*"/, '');
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const [file, size] of [['public/apple-touch-icon.png', 180], ['public/og-image.png', 512]] as const) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`);
  await page.locator('img').screenshot({ path: file });
  console.log(`${file}: ${size}×${size}`);
}
await browser.close();
