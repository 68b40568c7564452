/**
 * Draft files as text: practice and plan MDX with YAML frontmatter, briefing YAML. Fields the ingest is unsure of
 * carry a YAML comment saying why, so the editor sees them where they edit. Writing never overwrites an existing
 * file unless forced, and writes nothing at all when any target exists.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { UnverifiedField } from '../schemas/metric.ts';
import type { DraftMetric } from './metrics.ts';
import type { DraftPlan } from './plan.ts';
import { IngestError, type Doubt } from './types.ts';

/** A YAML scalar on one line, quoted only when YAML needs it. */
function scalar(v: string | number | boolean): string {
  return stringify(v, { lineWidth: 0 }).trimEnd();
}

/** A scalar inside a flow collection, where `,[]{}` also need quotes. */
function flowScalar(v: string | number): string {
  return typeof v === 'string' && /[,[\]{}:#]/.test(v) ? JSON.stringify(v) : scalar(v);
}

/** A flow sequence of scalars: `[a, b]`. */
function flow(items: readonly (string | number)[]): string {
  return `[${items.map(flowScalar).join(', ')}]`;
}

/** ` # note` for the first doubt on `field`, or ''. */
function note(doubts: readonly Doubt[], field: string): string {
  const d = doubts.filter((x) => x.field === field).map((x) => x.note);
  return d.length ? `  # 待核对：${d.join('；').replace(/\n/g, ' ')}` : '';
}

function metricLines(list: readonly DraftMetric[], field: string, doubts: readonly Doubt[]): string[] {
  if (!list.length) return [`${field}: []${note(doubts, field)}`];
  const out = [`${field}:${note(doubts, field)}`];
  list.forEach((m, i) => {
    out.push(`  - label: ${scalar(m.label)}${note(doubts, `${field}[${i}]`)}`);
    out.push(`    value: ${m.value}`);
    out.push(`    unit: ${scalar(m.unit)}`);
    if (m.year !== undefined) out.push(`    year: ${m.year}`);
    out.push(`    kind: ${m.kind}`);
    if (m.approx) out.push('    approx: true');
    out.push(`    quote: ${scalar(m.quote)}`);
    if (m.indicator) out.push(`    indicator: ${m.indicator}`);
    // The fields guessed: the content check refuses the line on a published page, so deleting the comments alone
    // does not publish a figure nobody checked.
    const guessed: UnverifiedField[] = ['label', 'year', 'kind', ...(m.indicator ? (['indicator'] as const) : [])];
    out.push(`    unverified: ${flow(guessed)}`);
  });
  return out;
}

/** A mended extraction slip, as the schemas record it. */
export interface DraftCorrection {
  from: string;
  to: string;
  reason: string;
}

/** A practice draft: id, frontmatter, body and doubts. */
export interface DraftPractice {
  id: string;
  data: {
    title: string;
    region: string;
    partners: string[];
    groups: string[];
    measures: string[];
    briefing: string;
    date: string;
    metrics: DraftMetric[];
    corrections: DraftCorrection[];
  };
  body: string;
  doubts: Doubt[];
}

function correctionLines(list: readonly DraftCorrection[], doubts: readonly Doubt[]): string[] {
  if (!list.length) return ['corrections: []'];
  return [
    `corrections:${note(doubts, 'corrections')}`,
    ...list.flatMap((c) => [`  - from: ${scalar(c.from)}`, `    to: ${scalar(c.to)}`, `    reason: ${scalar(c.reason)}`]),
  ];
}

/** The .md text of a practice draft (always `draft: true`). */
export function practiceFile(p: DraftPractice, source: string): string {
  const d = p.data;
  const lines = [
    '---',
    `# 草稿：由 npm run ingest 从 ${source} 生成。请核对标有“待核对”的字段，删除这些注释${d.metrics.length ? '；逐条核对数据（metrics）后删去各条数据的 unverified 行' : ''}，再删除 draft: true 即可发布。`,
    `title: ${scalar(d.title)}${note(p.doubts, 'title')}`,
    `region: ${d.region}${note(p.doubts, 'region')}`,
    `partners: ${flow(d.partners)}${note(p.doubts, 'partners')}`,
    `groups: ${flow(d.groups)}${note(p.doubts, 'groups')}`,
    `measures: ${flow(d.measures)}${note(p.doubts, 'measures')}`,
    `briefing: ${d.briefing}`,
    `date: ${d.date}`,
    'draft: true',
    ...metricLines(d.metrics, 'metrics', p.doubts),
    ...correctionLines(d.corrections, p.doubts),
    '---',
    '',
  ];
  return `${lines.join('\n')}\n${p.body}`;
}

/** A briefing draft (content/briefings/<id>.yaml). */
export interface DraftBriefing {
  id: string;
  data: {
    series: string;
    subseries?: string | undefined;
    number?: number | undefined;
    specialNumber?: number | undefined;
    date: string;
    issuer: string;
    reportTo?: string | undefined;
    sendTo?: string | undefined;
    copyTo?: string | undefined;
    distributeTo?: string | undefined;
    editorNote?: string | undefined;
    practices: string[];
    source: string;
    sourceSha256?: string | undefined;
  };
  doubts: Doubt[];
}

/** The YAML text of a briefing draft. */
export function briefingFile(b: DraftBriefing): string {
  const d = b.data;
  const lines = [`# 由 npm run ingest 从 ${d.source} 生成：请核对标有“待核对”的字段并删除这些注释。所列案例均为草稿（draft: true）。`];
  const put = (key: keyof DraftBriefing['data'], v: string | number | undefined) => {
    if (v !== undefined) lines.push(`${key}: ${typeof v === 'number' ? v : scalar(v)}${note(b.doubts, key)}`);
  };
  put('series', d.series);
  put('subseries', d.subseries);
  put('number', d.number);
  // No number printed: the note goes on a line of its own where number would be, not on date's line.
  const noNumber = d.number === undefined ? note(b.doubts, 'number').trim() : '';
  if (noNumber) lines.push(noNumber);
  put('specialNumber', d.specialNumber);
  lines.push(`date: ${d.date}${note(b.doubts, 'date')}`);
  put('issuer', d.issuer);
  put('reportTo', d.reportTo);
  put('sendTo', d.sendTo);
  put('copyTo', d.copyTo);
  put('distributeTo', d.distributeTo);
  if (d.editorNote !== undefined) {
    lines.push(`editorNote: |-${note(b.doubts, 'editorNote')}`);
    for (const l of d.editorNote.split('\n')) lines.push(l ? `  ${l}` : '');
  }
  lines.push(`practices:${note(b.doubts, 'practices')}`, ...d.practices.map((id) => `  - ${id}`));
  put('source', d.source);
  put('sourceSha256', d.sourceSha256);
  return `${lines.join('\n')}\n`;
}

/** The .md text of a plan draft (always `draft: true`). */
export function planFile(p: DraftPlan): string {
  const d = p.data;
  const lines = [
    '---',
    `# 草稿：由 npm run ingest 从 ${d.source} 生成。请核对标有“待核对”的字段，删除这些注释${d.targets.length ? '；逐条核对目标（targets）后删去各条的 unverified 行' : ''}，再删除 draft: true 即可发布。`,
    `title: ${scalar(d.title)}${note(p.doubts, 'title')}`,
  ];
  if (d.docNumber) lines.push(`docNumber: ${scalar(d.docNumber)}`);
  lines.push(`issuers: ${flow(d.issuers)}${note(p.doubts, 'issuers')}`);
  if (d.date) lines.push(`date: ${d.date}`);
  lines.push(`status: ${d.status}${note(p.doubts, 'status')}`, `region: ${d.region}${note(p.doubts, 'region')}`, `period: ${scalar(d.period)}${note(p.doubts, 'period')}`);
  if (d.periodNote) lines.push(`periodNote: ${scalar(d.periodNote)}`);
  if (d.supersedes) lines.push(`supersedes: ${d.supersedes}${note(p.doubts, 'supersedes')}`);
  lines.push('draft: true');
  lines.push(...metricLines(d.targets, 'targets', p.doubts));
  if (!d.groups.length) lines.push(`groups: []${note(p.doubts, 'groups')}`);
  else {
    lines.push(`groups:${note(p.doubts, 'groups')}`);
    for (const g of d.groups) {
      lines.push(`  - group: ${g.group}`, `    heading: ${scalar(g.heading)}`, '    measures:');
      for (const m of g.measures) lines.push(`      - {no: ${m.no}, title: ${flowScalar(m.title)}, units: ${flow(m.units)}${m.lead ? `, lead: ${m.lead}` : ''}}`);
      if (!g.measures.length) lines[lines.length - 1] = '    measures: []';
    }
  }
  lines.push('corrections: []', `source: ${scalar(d.source)}`, ...(d.sourceSha256 ? [`sourceSha256: ${d.sourceSha256}`] : []), '---', '');
  return `${lines.join('\n')}\n${p.body}`;
}

/** A file to write, relative to the output folder. */
export interface OutFile {
  path: string;
  content: string;
}

/**
 * Writes `files` under `outDir`. Unless `force`, refuses (IngestError, nothing written) when any of them exists.
 * Returns the paths written.
 */
export function writeFiles(outDir: string, files: readonly OutFile[], force: boolean): string[] {
  const targets = files.map((f) => join(outDir, f.path));
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length && !force) {
    throw new IngestError(`已存在 ${existing.join('、')}，未写入任何文件（确需覆盖请加 --force）`);
  }
  // --force replaces drafts, never a page already published: the editor's checked work would be lost unseen.
  const published = existing.filter((t) => {
    if (!/\.mdx?$/.test(t)) return false;
    const fm = /^---\s*\n([\s\S]*?)\n---\s*$/m.exec(readFileSync(t, 'utf8'));
    return fm !== null && fm.index === 0 && !/^draft:\s*true\s*$/m.test(fm[1]!);
  });
  if (published.length) {
    throw new IngestError(`${published.join('、')} 已发布（没有 draft: true），--force 也不会覆盖已发布的页面，以免丢失核对过的内容；未写入任何文件。确需重新导入，请先删除或移走这些文件`);
  }
  files.forEach((f, i) => {
    mkdirSync(dirname(targets[i]!), { recursive: true });
    writeFileSync(targets[i]!, f.content);
  });
  return targets;
}
