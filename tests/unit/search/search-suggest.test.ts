// 您是不是要找 offers (src/lib/search/suggest.ts): what counts as a name a text quotes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotedNames } from '../../../src/lib/search/suggest.ts';

test('a quoted name is two to eight characters: a quoted slogan or sentence is not offered as a name', () => {
  assert.deepEqual(quotedNames('实施“扩中”“提低”行动，推广“共富工坊”，奋力打造“高质量发展建设共同富裕示范区”'), ['扩中', '提低', '共富工坊']);
});
