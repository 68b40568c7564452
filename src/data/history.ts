/**
 * When pages last changed, from the repository's history (git log, read once per build), and when an issue was
 * issued: the sitemap's <lastmod> and the feed's dates. Not collection queries: those are in ./content.ts.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { isoDate } from '../lib/format';
import { chinaDayStart, GIT_LOG_ARGS, latest, parseLastChanged } from '../lib/last-changed';
import { contentDir, seedsDir } from '../lib/paths';
import { practicesOf, type BriefingEntry, type Corpus, type PlanEntry, type PracticeEntry } from './content';

let changed: Map<string, string> | undefined;

/** When each file of content/ and seeds/ last changed, from the repository's history, read once per build; empty where
 *  there is none (a copy of the content outside the repository, a folder without git). */
function changedDates(): Map<string, string> {
  if (!changed) {
    const r = spawnSync('git', [...GIT_LOG_ARGS, '--', contentDir, seedsDir], { encoding: 'utf8', maxBuffer: 1 << 30 });
    changed = r.status === 0 ? parseLastChanged(r.stdout) : new Map();
  }
  return changed;
}
const changedAt = (path: string | undefined) => (path === undefined ? undefined : changedDates().get(path.replace(/^\.\//, '')));

/** When a practice's or plan's file last changed (its page's sitemap <lastmod>); undefined without a history. */
export function lastChanged(entry: PracticeEntry | PlanEntry): string | undefined {
  return changedAt(entry.filePath);
}

/** When a briefing's page last changed: its own file or one of its practices' (it lists their titles); undefined
 *  without a history. */
export function briefingLastChanged(c: Corpus, briefing: BriefingEntry): string | undefined {
  return latest([briefing, ...practicesOf(c, briefing)].map((e) => changedAt(e.filePath)));
}

/** When a raw source text (a file name in seeds/) last changed; undefined without a history. */
export function sourceLastChanged(file: string): string | undefined {
  return changedAt(join(seedsDir, file));
}

/** When a briefing was issued, as an instant: the start of its date in China. */
export function briefingIssued(briefing: BriefingEntry): string {
  return chinaDayStart(isoDate(briefing.data.date));
}
