// Draws the site's raster icons from public/favicon.svg (富 as a path, so no Chinese font is needed), with Chromium:
//   public/apple-touch-icon.png  180×180, for iOS home screens and browsers without SVG icons
//   public/og-image.png          512×512, the picture link previews (og:image, twitter:card summary) show
//   public/favicon.ico           48×48 PNG in an ICO file, for what asks for /favicon.ico and reads no SVG (Baidu's and
//                                360's result lists, feed readers, older browsers)
// Both are square and opaque (iOS and link previews round or crop the corners themselves). The PNGs are committed;
// run this again only after changing favicon.svg. Usage: node scripts/make-icons.ts
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromiumArgs, findChromium } from '../tests/support/browser.ts';

const svg = readFileSync('public/favicon.svg', 'utf8').replace(/ rx="[^"]*"/, '');
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const [file, size] of [['public/apple-touch-icon.png', 180], ['public/og-image.png', 512]] as const) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`);
  await page.locator('img').screenshot({ path: file });
  console.log(`${file}: ${size}×${size}`);
}
// An ICO file holding one PNG image (supported since Windows Vista and by every browser): a 6-byte header, a 16-byte
// directory entry, then the PNG.
const ICO_SIZE = 48;
const page = await browser.newPage({ viewport: { width: ICO_SIZE, height: ICO_SIZE } });
await page.setContent(`<body style="margin:0"><img width="${ICO_SIZE}" height="${ICO_SIZE}" src="data:image/svg+xml;base64,${Buffer.from(readFileSync('public/favicon.svg')).toString('base64')}"></body>`);
const png = await page.locator('img').screenshot({ omitBackground: true });
const head = Buffer.alloc(22);
head.writeUInt16LE(0, 0); // reserved
head.writeUInt16LE(1, 2); // type: icon
head.writeUInt16LE(1, 4); // one image
head.writeUInt8(ICO_SIZE, 6); // width
head.writeUInt8(ICO_SIZE, 7); // height
head.writeUInt16LE(1, 10); // colour planes
head.writeUInt16LE(32, 12); // bits per pixel
head.writeUInt32LE(png.length, 14); // image size
head.writeUInt32LE(22, 18); // image offset
writeFileSync('public/favicon.ico', Buffer.concat([head, png]));
console.log(`public/favicon.ico: ${ICO_SIZE}×${ICO_SIZE}`);
await browser.close();
