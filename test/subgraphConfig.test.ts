// The subgraph entries' configuration (subgraphs/*/src/config.ts): read from an environment given as an object,
// unset variables take the spec's values, and a bad value is a ConfigError naming the variable and the value got.
// No process.env, no database: each case passes the environment it is about. Also the secrets every entry reads.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { ConfigError } from '../config/env.ts';
import { loadAuthConfig } from '../auth/config.ts';
import { generateSigningKey } from '../auth/signer.ts';
import { loadCarrierConfig } from '../carrier/src/config.ts';
import { loadCentralEntryConfig, loadCentralSettings } from '../subgraphs/central/src/config.ts';
import {
  defaultProvinceSettings, LOCAL_CITIZEN_ID_HASH_KEY, LOCAL_DISCLOSURE_CONTROL_KEY, loadProvinceEntryConfig, loadProvinceSettings,
} from '../subgraphs/province/src/config.ts';
import { TEST_DISCLOSURE_KEY } from './support/rounding.ts';

const BASE = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db', AUTH_JWKS_URL: 'https://idp.example/jwks.json' };

describe('province subgraph configuration', () => {
  it('takes the spec values when nothing is set', () => {
    const config = loadProvinceEntryConfig({ ...BASE, PROVINCE_CODE: '79' });
    assert.equal(config.code, '79');
    assert.equal(config.entry.port, 4179);
    assert.equal(config.seedScale, null);
    assert.equal(config.seed, 1);
    assert.deepEqual(config.rules.admission, { minAgeMonths: 216, maxAgeMonths: 720, probationMonths: 12, recognitionGraceDays: 0 });
    assert.deepEqual(config.rules.quality, { htxsCap: { percentOfHtt: 20, mode: 'WARN' } });
    assert.deepEqual(config.rules.fees.reductionPercents, [30, 50, 70]);
    assert.deepEqual(config.rules.fees.arrears, { thresholdMonths: 3, windowMonths: 12 });
    assert.equal(config.citizenIdHashKey, LOCAL_CITIZEN_ID_HASH_KEY);
    assert.equal(config.disclosureControlKey, LOCAL_DISCLOSURE_CONTROL_KEY);
    // the tests' independent rounding (test/support/rounding.ts) works with the key an unconfigured subgraph uses
    assert.equal(TEST_DISCLOSURE_KEY, LOCAL_DISCLOSURE_CONTROL_KEY);
    assert.deepEqual(defaultProvinceSettings(), loadProvinceSettings({}));
  });

  it('reads each setting from its variable', () => {
    const settings = loadProvinceSettings({
      PROBATION_MONTHS: '18', RECOGNITION_GRACE_DAYS: '30', CITIZEN_ID_HASH_KEY: 'k'.repeat(32), DISCLOSURE_CONTROL_KEY: 'd'.repeat(20),
    });
    assert.equal(settings.disclosureControlKey, 'd'.repeat(20));
    assert.equal(settings.rules.admission.probationMonths, 18);
    assert.equal(settings.rules.admission.recognitionGraceDays, 30);
    assert.equal(settings.citizenIdHashKey, 'k'.repeat(32));
  });

  it('fails fast naming the variable and the value', () => {
    const fails = (env: Record<string, string>, message: RegExp) =>
      assert.throws(() => loadProvinceEntryConfig({ ...BASE, PROVINCE_CODE: '01', ...env }), (e: Error) => e instanceof ConfigError && message.test(e.message));
    fails({ PROVINCE_CODE: '27' }, /PROVINCE_CODE must be one of the 34 codes .*; got "27"/);
    fails({ PROBATION_MONTHS: 'twelve' }, /PROBATION_MONTHS must be an integer from 0 to 60; got "twelve"/);
    fails({ CITIZEN_ID_HASH_KEY: 'short' }, /CITIZEN_ID_HASH_KEY must be at least 16 characters; got 5/);
    fails({ DISCLOSURE_CONTROL_KEY: 'short' }, /DISCLOSURE_CONTROL_KEY must be at least 16 characters; got 5/);
    fails({ SEED_SCALE: '2' }, /SEED_SCALE must be a number from 0.0001 to 1; got "2"/);
    fails({ QUALITY_RULES_FILE: '/nonexistent/quality-rules.json' }, /QUALITY_RULES_FILE: cannot read \/nonexistent\/quality-rules.json/);
  });
});

describe('central subgraph configuration', () => {
  it('DISCLOSURE_CONTROL_KEY: the provinces\' development key when unset, the value when long enough', () => {
    assert.equal(loadCentralSettings({}).disclosureControlKey, LOCAL_DISCLOSURE_CONTROL_KEY);
    assert.equal(loadCentralSettings({ DISCLOSURE_CONTROL_KEY: 'c'.repeat(16) }).disclosureControlKey, 'c'.repeat(16));
    assert.throws(() => loadCentralSettings({ DISCLOSURE_CONTROL_KEY: 'x' }), /DISCLOSURE_CONTROL_KEY must be at least 16 characters; got 1/);
  });

  it('REPORT_DEADLINE_DAYS: 5 days when unset or empty, the value when valid', () => {
    assert.equal(loadCentralSettings({}).reportDeadlineDays, 5);
    assert.equal(loadCentralSettings({ REPORT_DEADLINE_DAYS: '' }).reportDeadlineDays, 5);
    assert.equal(loadCentralSettings({ REPORT_DEADLINE_DAYS: '0' }).reportDeadlineDays, 0);
    assert.equal(loadCentralEntryConfig({ ...BASE, REPORT_DEADLINE_DAYS: '10' }).reportDeadlineDays, 10);
  });

  it('REPORT_DEADLINE_DAYS out of range or not a number fails naming the value', () => {
    for (const bad of ['61', '-1', '2.5', 'five']) {
      assert.throws(() => loadCentralSettings({ REPORT_DEADLINE_DAYS: bad }),
        (e: Error) => e instanceof ConfigError && e.message === `REPORT_DEADLINE_DAYS must be an integer from 0 to 60; got "${bad}"`);
    }
  });
});

// Issue 10, finding 2: outside development a missing or public secret stops the process (config/secrets.ts).
describe('secrets', () => {
  const PRODUCTION = { ...BASE, PROVINCE_CODE: '01', NODE_ENV: 'production', DISCLOSURE_CONTROL_KEY: randomBytes(32).toString('base64') };
  const refuses = (load: () => unknown, message: RegExp) =>
    assert.throws(load, (e: Error) => e instanceof ConfigError && message.test(e.message), String(message));

  it('refuses a missing or development CITIZEN_ID_HASH_KEY in production, and takes a real one', () => {
    refuses(() => loadProvinceEntryConfig(PRODUCTION), /CITIZEN_ID_HASH_KEY is required when NODE_ENV=production \(.*the Centre must never hold/);
    refuses(
      () => loadProvinceEntryConfig({ ...PRODUCTION, CITIZEN_ID_HASH_KEY: LOCAL_CITIZEN_ID_HASH_KEY }),
      /CITIZEN_ID_HASH_KEY is the public development value/,
    );
    refuses(() => loadProvinceEntryConfig({ ...PRODUCTION, CITIZEN_ID_HASH_KEY: 'short' }), /CITIZEN_ID_HASH_KEY must be at least 16 characters; got 5/);
    const key = randomBytes(32).toString('base64');
    assert.equal(loadProvinceEntryConfig({ ...PRODUCTION, CITIZEN_ID_HASH_KEY: key }).citizenIdHashKey, key);
    // Development (npm start, tests) keeps its default.
    assert.equal(loadProvinceEntryConfig({ ...PRODUCTION, NODE_ENV: 'development' }).citizenIdHashKey, LOCAL_CITIZEN_ID_HASH_KEY);
  });

  it('refuses a missing or development DISCLOSURE_CONTROL_KEY in production, at the provinces and at the Centre', () => {
    const { DISCLOSURE_CONTROL_KEY: _key, ...without } = { ...PRODUCTION, CITIZEN_ID_HASH_KEY: randomBytes(32).toString('base64') };
    refuses(() => loadProvinceEntryConfig(without), /DISCLOSURE_CONTROL_KEY is required when NODE_ENV=production \(.*never given to analysts/);
    refuses(() => loadCentralEntryConfig({ ...BASE, NODE_ENV: 'production' }), /DISCLOSURE_CONTROL_KEY is required when NODE_ENV=production/);
    refuses(
      () => loadCentralEntryConfig({ ...BASE, NODE_ENV: 'production', DISCLOSURE_CONTROL_KEY: LOCAL_DISCLOSURE_CONTROL_KEY }),
      /DISCLOSURE_CONTROL_KEY is the public development value/,
    );
  });

  it('refuses a JWKS that holds a private key, in any mode', async () => {
    const key = await generateSigningKey('leaked');
    const dir = mkdtempSync(join(tmpdir(), 'jwks-'));
    const leaked = join(dir, 'leaked.json');
    writeFileSync(leaked, JSON.stringify({ keys: [key.privateJwk] }));
    refuses(() => loadAuthConfig({ AUTH_JWKS_FILE: leaked }), /AUTH_JWKS_FILE holds a private key \(kid "leaked"\); a JWKS must list public keys only/);
    const good = join(dir, 'jwks.json');
    writeFileSync(good, JSON.stringify({ keys: [key.publicJwk] }));
    assert.deepEqual(loadAuthConfig({ AUTH_JWKS_FILE: good, NODE_ENV: 'production' }).jwks, { file: good });
  });

  it('refuses to start a carrier that has no way to authenticate', () => {
    refuses(() => loadCarrierConfig({}), /CARRIER_SIGNING_KEY_FILE or CARRIER_TOKENS is required/);
    assert.equal(loadCarrierConfig({ CARRIER_TOKENS: '01=a.b.c' }).fixedTokens.get('01'), 'a.b.c');
  });
});
