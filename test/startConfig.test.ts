// `npm start`'s configuration (scripts/lib/startConfig.ts): LEGACY_PROVINCES, read and validated with the other
// start variables. No database, no server.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { ConfigError } from '../config/env.ts';
import { loadStartConfig } from '../scripts/lib/startConfig.ts';

const load = (env: Record<string, string>) => loadStartConfig(env, '/tmp/project');

describe('LEGACY_PROVINCES', () => {
  it('is empty when unset: every province is served by ours', () => {
    assert.deepEqual(load({}).legacyProvinces, []);
    assert.deepEqual(load({ LEGACY_PROVINCES: ' ' }).legacyProvinces, []);
  });
  it('is a comma list of province codes', () => {
    assert.deepEqual(load({ LEGACY_PROVINCES: '01' }).legacyProvinces, ['01']);
    assert.deepEqual(load({ LEGACY_PROVINCES: '01, 79' }).legacyProvinces, ['01', '79']);
  });
  for (const value of ['1', '01,xx', '99', '01,,79', '01,01']) {
    it(`refuses "${value}", naming the variable and the value`, () => {
      assert.throws(() => load({ LEGACY_PROVINCES: value }), (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /^LEGACY_PROVINCES .*got "/);
        assert.ok(error.message.includes(`"${value}"`), error.message);
        return true;
      });
    });
  }
});
