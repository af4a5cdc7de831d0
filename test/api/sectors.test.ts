import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { build } from '../helpers/app.ts';
import { BACKENDS } from '../helpers/database.ts';

for (const { backend, skip } of BACKENDS) {
  describe(`sectors API (${backend})`, { skip }, () => {
    test('GET /api/sectors lists sections then divisions, and filters by level', async (t) => {
      const { app } = await build(t, backend);
      const get = async (query: string) => {
        const response = await app.inject({ url: `/api/sectors${query}` });
        assert.equal(response.statusCode, 200, response.body);
        return response.json().items as { code: string; level: string; parentCode: string | null; nameRu: string | null; nameEn: string }[];
      };
      // The fixture classifier: sections C and J, divisions 16, 26 and 62, plus groups and classes.
      const all = await get('');
      assert.deepEqual(all.map((s) => s.code), ['C', 'J', '16', '26', '62']);
      assert.deepEqual(all[2], { code: '16', level: 'division', parentCode: 'C', nameRu: 'Обработка древесины', nameEn: 'Manufacture of wood' });
      assert.deepEqual((await get('?level=section')).map((s) => s.code), ['C', 'J']);
      assert.deepEqual((await get('?level=division')).map((s) => [s.code, s.parentCode]), [['16', 'C'], ['26', 'C'], ['62', 'J']]);
      assert.equal((await app.inject({ url: '/api/sectors?level=class' })).statusCode, 400);
    });
  });
}
