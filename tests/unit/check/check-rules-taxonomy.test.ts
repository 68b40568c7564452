// The content check's rules for the taxonomy (src/check/rules/taxonomy.ts) that no other test exercised. Each test
// changes a copy of content/ as an editor would and expects the check's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, problemsAfter } from '../../support/content-copy.ts';

test('an alias given to two target groups is reported, naming both: search and the ingest could not tell which', () => {
  const problems = problemsAfter((dir) => edit(dir, 'taxonomy/groups.yaml', 'aliases: [专业技术人员, 科技人才', 'aliases: [技工, 专业技术人员, 科技人才'));
  assert.ok(
    problems.some((p) => /^taxonomy\/groups\.yaml: \[1\]\.aliases: 名称或别名“技工”同时属于群体 technical-workers 和 researchers$/.test(p)),
    problems.join('\n'),
  );
});
