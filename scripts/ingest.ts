// npm run ingest -- <file> [--out <dir>] [--content <dir>] [--force] [--date YYYY-MM-DD] [--issuer <office>]
// Turns a raw briefing (or plan) text into draft pages: see src/ingest/ and docs/editing.md.
import { runIngest } from '../src/ingest/run.ts';
import { IngestError } from '../src/ingest/types.ts';

const USAGE = '用法：npm run ingest -- <原文.txt> [--out <输出目录，默认 content>] [--content <内容目录，默认 content>] [--force] [--date YYYY-MM-DD] [--issuer 编发单位]（--date、--issuer 只在原文没有印日期、编发单位时使用）';

function parseArgs(argv: string[]): { file: string; out?: string; content?: string; force: boolean; date?: string; issuer?: string } | string {
  let file: string | undefined;
  let out: string | undefined;
  let content: string | undefined;
  let date: string | undefined;
  let issuer: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--force') force = true;
    else if (a === '--out' || a === '--content') {
      const v = argv[++i];
      if (!v) return `${a} 后面缺少目录`;
      if (a === '--out') out = v;
      else content = v;
    } else if (a === '--date' || a === '--issuer') {
      const v = argv[++i];
      if (!v) return `${a} 后面缺少${a === '--date' ? '日期' : '单位名称'}`;
      if (a === '--date') date = v;
      else issuer = v;
    } else if (a === '-h' || a === '--help') return USAGE;
    else if (a.startsWith('--')) return `未知选项 ${a}`;
    else if (file) return `只能导入一个文件（多了 ${a}）`;
    else file = a;
  }
  if (!file) return '缺少要导入的文件';
  return { file, force, ...(out ? { out } : {}), ...(content ? { content } : {}), ...(date ? { date } : {}), ...(issuer ? { issuer } : {}) };
}

const args = parseArgs(process.argv.slice(2));
if (typeof args === 'string') {
  console.error(args === USAGE ? USAGE : `ingest: ${args}\n${USAGE}`);
  process.exit(2);
}
try {
  const { result, encoding, written } = runIngest(args.file, args);
  console.log(`已读取 ${args.file}（${encoding}）。${result.summary}`);
  for (const w of written) console.log(`写入 ${w}`);
  for (const w of result.warnings) console.log(`注意：${w}`);
  const review: string[] = [];
  result.files.forEach((f, i) => {
    // Each drafted figure carries an unverified line (what the check enforces); a few also a comment of their own.
    const noted = f.doubts.filter((d) => /^(metrics|targets)\[/.test(d.field));
    for (const d of f.doubts.filter((x) => !noted.includes(x))) review.push(`  ${written[i]}: ${d.field}: ${d.note}`);
    const figures = f.content.match(/^    unverified: /gm)?.length ?? 0;
    const field = /^(metrics|targets):/m.exec(f.content)?.[1];
    if (figures && field) {
      review.push(`  ${written[i]}: ${field}: ${figures} 个数字为自动提取，请逐条核对 unverified 行列出的字段（label、year、kind …），核对完删去各条的 unverified 行${noted.length ? `；其中 ${noted.length} 条另有“# 待核对”注释` : ''}`);
    }
  });
  if (review.length) console.log(`需要编辑核对（文件中以“# 待核对”注释标出）：\n${review.join('\n')}`);
  if (result.kind === 'briefing') console.log('案例草稿带有 draft: true，不会发布；核对后删除该行，再运行 npm run check 和 npm run build。');
} catch (e) {
  if (e instanceof IngestError) {
    console.error(`ingest: ${args.file}: ${e.message.replace(/\s*\n\s*/g, ' ')}`);
    process.exit(1);
  }
  console.error(`ingest: ${args.file}: 内部错误：${String((e as Error).message).replace(/\s*\n\s*/g, ' ')}`);
  process.exit(3);
}
