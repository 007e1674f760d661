// The transfer carrier as its own process (`npm start` starts it; `node --import tsx carrier/src/index.ts`).
// Carries transfers and period reports between the provinces and the Centre, and runs the national check.
// Test hook: CARRIER_TEST_PAUSE_AFTER=receive|acknowledge makes it print "PAUSED <step> <transferId>" after
// that step of the first transfer and wait there, so a test can SIGKILL it at that exact point.
import { ConfigError } from '../../config/env.ts';
import { createLogger } from '../../subgraphs/shared/logger.ts';
import { Carrier } from './Carrier.ts';
import { loadCarrierConfig } from './config.ts';
import { createServiceTokens } from './serviceTokens.ts';
import { recordNationalCheck, runNationalCheck } from './nationalCheck.ts';

let config;
try {
  config = loadCarrierConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
const logger = createLogger(config.logLevel, { process: 'carrier' });
const tokens = createServiceTokens({
  signingKeyFile: config.signingKeyFile, issuer: config.issuer, audience: config.audience, fixed: config.fixedTokens,
});
const checkHeaders = () => tokens.headersFor('check');
const pauseAfter = config.pauseAfter;

const carrier = new Carrier({
  provinces: config.provinces,
  provinceUrl: config.provinceUrl,
  centralUrl: config.centralUrl,
  headers: (code) => tokens.headersFor(code),
  timeoutMs: config.timeoutMs,
  backoffBaseMs: config.backoffBaseMs,
  backoffMaxMs: config.backoffMaxMs,
  afterStep: pauseAfter
    ? async (step, id) => {
        if (step !== pauseAfter) return;
        process.stdout.write(`PAUSED ${step} ${id}\n`);
        await new Promise(() => {}); // until killed
      }
    : undefined,
  onFailure: (key, error, attempts) => logger.warn({ key, attempts, err: error.message }, 'carrier: will retry'),
});
carrier.start(config.intervalMs, (round) => {
  if (round.delivered || round.settled || round.confirmed || round.reportsDelivered) logger.info(round, 'carrier round');
});
process.stdout.write(`carrier: reading ${config.provinces.length} outboxes every ${config.intervalMs} ms\n`);

let checkTimer: NodeJS.Timeout | undefined;
if (config.nationalCheckIntervalMs > 0) {
  const check = async () => {
    try {
      const result = await runNationalCheck({ gatewayUrl: config.gatewayUrl, headers: checkHeaders });
      await recordNationalCheck({ gatewayUrl: config.gatewayUrl, headers: checkHeaders }, result);
      const level = result.citizenIdConflicts.length || result.members.provincesMissing.length ? 'warn' : 'info';
      logger[level]({ members: result.members, conflicts: result.citizenIdConflicts.length, overdue: result.overdueTransfers.length }, 'national check');
    } catch (error) {
      logger.warn({ err: (error as Error).message }, 'national check failed; next run at the next interval');
    }
    checkTimer = setTimeout(() => void check(), config.nationalCheckIntervalMs);
  };
  checkTimer = setTimeout(() => void check(), Math.min(config.nationalCheckIntervalMs, 10_000));
}

const stop = async () => {
  clearTimeout(checkTimer);
  await carrier.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
