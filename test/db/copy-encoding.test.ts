import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copyLine, copyValue } from '../../src/db/database.ts';

test('copyValue escapes COPY text specials and encodes NULL, booleans, arrays and JSON', () => {
  assert.equal(copyValue(null), '\\N');
  assert.equal(copyValue(undefined), '\\N');
  assert.equal(copyValue('a\tb\nc\\d\re'), 'a\\tb\\nc\\\\d\\re');
  assert.equal(copyValue('без спецсимволов'), 'без спецсимволов');
  assert.equal(copyValue(12.5), '12.5');
  assert.equal(copyValue(false), 'f');
  assert.equal(copyValue(['a', 'b "q"', 'c\\d', null]), '{"a","b \\\\"q\\\\"","c\\\\\\\\d",NULL}');
  assert.equal(copyValue({ k: 'v\n' }), '{"k":"v\\\\n"}');
  assert.equal(copyLine([1, null, 'x']), '1\t\\N\tx\n');
});
