// The gateway's environment: defaults, and messages that name the variable and the value when it is wrong.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ConfigError, loadGatewayConfig } from '../src/config.ts';
import { subgraphUrlFromSettings } from '../src/subgraphUrls.ts';

describe('loadGatewayConfig', () => {
  it('has defaults for everything', () => {
    const config = loadGatewayConfig({});
    assert.equal(config.port, 4000);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.subgraphTimeoutMs, 5000);
    assert.equal(config.subgraphUrlTemplate, undefined);
    assert.equal(config.centralUrl, undefined);
    assert.equal(config.logLevel, 'info');
    assert.equal(config.production, false);
    assert.match(config.supergraphPath, /schema\/supergraph\.graphql$/);
    assert.equal(config.supergraphWatchMs, 5000);
  });

  it('reads every variable', () => {
    const config = loadGatewayConfig({
      GATEWAY_PORT: '8080',
      GATEWAY_HOST: '0.0.0.0',
      SUBGRAPH_TIMEOUT_MS: '1500',
      SUBGRAPH_URL_TEMPLATE: 'http://province-{code}:4000/graphql',
      CENTRAL_URL: 'http://central:4000/graphql',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      SUPERGRAPH_PATH: '/etc/federation/supergraph.graphql',
      SUPERGRAPH_WATCH_MS: '0',
    });
    assert.deepEqual(config, {
      port: 8080,
      host: '0.0.0.0',
      subgraphTimeoutMs: 1500,
      subgraphUrlTemplate: 'http://province-{code}:4000/graphql',
      centralUrl: 'http://central:4000/graphql',
      logLevel: 'warn',
      production: true,
      supergraphPath: '/etc/federation/supergraph.graphql',
      supergraphWatchMs: 0,
    });
  });

  it('treats an empty variable as unset', () => {
    assert.equal(loadGatewayConfig({ GATEWAY_PORT: '  ' }).port, 4000);
  });

  const rejects = (env: Record<string, string>, pattern: RegExp) =>
    assert.throws(() => loadGatewayConfig(env), (error: unknown) => {
      assert.ok(error instanceof ConfigError, String(error));
      assert.match(error.message, pattern);
      return true;
    });

  it('names GATEWAY_PORT and the value when the port is not a port', () => {
    rejects({ GATEWAY_PORT: 'eighty' }, /GATEWAY_PORT.*"eighty"/);
    rejects({ GATEWAY_PORT: '70000' }, /GATEWAY_PORT.*"70000"/);
    rejects({ GATEWAY_PORT: '-1' }, /GATEWAY_PORT.*"-1"/);
    rejects({ SUPERGRAPH_WATCH_MS: 'often' }, /SUPERGRAPH_WATCH_MS.*"often"/);
  });

  it('names SUBGRAPH_TIMEOUT_MS and the value when the timeout is not a positive integer', () => {
    rejects({ SUBGRAPH_TIMEOUT_MS: '5s' }, /SUBGRAPH_TIMEOUT_MS.*"5s"/);
    rejects({ SUBGRAPH_TIMEOUT_MS: '0' }, /SUBGRAPH_TIMEOUT_MS.*"0"/);
    rejects({ SUBGRAPH_TIMEOUT_MS: '2.5' }, /SUBGRAPH_TIMEOUT_MS.*"2.5"/);
  });

  it('rejects a URL template without {code}, a central URL with one, bad URLs and log levels', () => {
    rejects({ SUBGRAPH_URL_TEMPLATE: 'http://provinces:4000/graphql' }, /SUBGRAPH_URL_TEMPLATE must contain \{code\}/);
    rejects({ SUBGRAPH_URL_TEMPLATE: 'ftp://p-{code}/graphql' }, /SUBGRAPH_URL_TEMPLATE.*"ftp:\/\/p-\{code\}\/graphql"/);
    rejects({ CENTRAL_URL: 'http://central-{code}/graphql' }, /CENTRAL_URL/);
    rejects({ CENTRAL_URL: 'not a url' }, /CENTRAL_URL.*"not a url"/);
    rejects({ LOG_LEVEL: 'loud' }, /LOG_LEVEL.*"loud"/);
  });
});

describe('subgraphUrlFromSettings', () => {
  it('keeps the supergraph URLs when nothing is set', () => {
    const url = subgraphUrlFromSettings({});
    assert.equal(url('province79', 'http://127.0.0.1:4179/graphql'), 'http://127.0.0.1:4179/graphql');
    assert.equal(url('central', 'http://127.0.0.1:4100/graphql'), 'http://127.0.0.1:4100/graphql');
  });

  it('puts the 2-digit code into the template and uses CENTRAL_URL for the Centre', () => {
    const url = subgraphUrlFromSettings({ subgraphUrlTemplate: 'http://province-{code}:4000/graphql', centralUrl: 'http://central:4000/graphql' });
    assert.equal(url('province01', 'http://127.0.0.1:4101/graphql'), 'http://province-01:4000/graphql');
    assert.equal(url('province79', 'http://127.0.0.1:4179/graphql'), 'http://province-79:4000/graphql');
    assert.equal(url('central', 'http://127.0.0.1:4100/graphql'), 'http://central:4000/graphql');
  });
});
