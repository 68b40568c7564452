import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionText, targetsInSection } from '../../src/lib/plan-sections.ts';

const body = `## 三、实施九大群体激励计划

### （一）技术工人激励计划

3.推进股权激励改革。力争到2025年，比重达到30%。

### （二）科研人员激励计划

4.引进人才 500 名。

## 四、保障措施

达到 30% 的别处。`;

test('a group section runs from its heading to the next heading', () => {
  assert.equal(sectionText(body, '技术工人激励计划').trim(), '3.推进股权激励改革。力争到2025年，比重达到30%。');
  assert.equal(sectionText(body, '不存在的计划'), '');
});

test('targets are attributed to the section that quotes them', () => {
  const targets = [{ quote: '比重达到30%' }, { quote: '引进人才 500 名' }, { quote: '达到 30% 的别处' }];
  assert.deepEqual(targetsInSection(body, '技术工人激励计划', targets), [1]);
  assert.deepEqual(targetsInSection(body, '科研人员激励计划', targets), [2]);
});
