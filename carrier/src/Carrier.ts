// The transfer carrier: reads every province's outbox and carries each message to its peer, then back
// (docs/transfers.md). It holds no state that matters: everything it must do is in the provinces' outboxes, and
// every call it makes is idempotent, so it may crash, be killed or run twice at any step. Each write carries an
// Idempotency-Key made of the transfer id (or report) and the step (messages.ts), so a delivery retried after a
// timeout is answered from the peer's record rather than decided again (README "Idempotent writes").
import { canonicalJson } from '../../subgraphs/shared/canonicalJson.ts';
import { createGraphQLClient, type GraphQLClient } from './graphqlClient.ts';
import * as m from './messages.ts';

/** A step after which the test hook may stop the carrier (docs/transfers.md, "Test hooks"). */
export type CarrierStep = 'receive' | 'acknowledge';

export interface CarrierOptions {
  /** Province codes whose outboxes this carrier reads. */
  provinces: readonly string[];
  /** URL of a province's subgraph (each province is called directly: a transfer involves only its two ends). */
  provinceUrl: (code: string) => string;
  /** URL of the central subgraph (period report submissions). */
  centralUrl: string;
  /**
   * Headers of a request made on behalf of province `onBehalfOf` (its SYSTEM service token, README "Access"):
   * the source's software delivers to the destination and pushes its reports; the destination's confirms.
   */
  headers?: (onBehalfOf: string) => Record<string, string> | Promise<Record<string, string>>;
  /** Per-request timeout. Default 5000 ms. */
  timeoutMs?: number;
  /** First retry delay after a failure; doubles each failure up to backoffMaxMs (jittered ×0.5–1). Default 500 ms. */
  backoffBaseMs?: number;
  /** Default 60 000 ms. */
  backoffMaxMs?: number;
  /** Test hook: called after a step for a transfer id; the carrier waits for it (it may never return). */
  afterStep?: (step: CarrierStep, transferId: string) => Promise<void> | void;
  /** Told about each failure (logging). */
  onFailure?: (key: string, error: Error, attempts: number) => void;
}

export interface CarrierRound {
  delivered: number;
  settled: number;
  confirmed: number;
  reportsDelivered: number;
  failures: { key: string; message: string }[];
}

export class Carrier {
  private readonly clients = new Map<string, GraphQLClient>();
  private readonly backoff = new Map<string, { attempts: number; notBefore: number }>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<CarrierRound> | undefined;
  /** Set by stop(): the round in progress ends after its current request (nothing is lost: all is in outboxes). */
  private stopping = false;

  constructor(private readonly options: CarrierOptions) {}

  /** A client for `peer` (a province code or "central") whose requests speak for province `onBehalfOf`. */
  private client(peer: string, onBehalfOf: string): GraphQLClient {
    const key = `${peer}|${onBehalfOf}`;
    let c = this.clients.get(key);
    if (!c) {
      const url = peer === 'central' ? this.options.centralUrl : this.options.provinceUrl(peer);
      const headers = this.options.headers;
      c = createGraphQLClient({
        peer: peer === 'central' ? 'central' : `province${peer}`,
        url,
        headers: headers ? () => headers(onBehalfOf) : undefined,
        timeoutMs: this.options.timeoutMs,
      });
      this.clients.set(key, c);
    }
    return c;
  }

  /** Runs `work` unless `key` is backing off; records the failure and the next time to try. */
  private async attempt(key: string, round: CarrierRound, work: () => Promise<void>): Promise<boolean> {
    const state = this.backoff.get(key);
    if (state && Date.now() < state.notBefore) return false;
    try {
      await work();
      this.backoff.delete(key);
      return true;
    } catch (error) {
      const attempts = (state?.attempts ?? 0) + 1;
      const base = this.options.backoffBaseMs ?? 500;
      const max = this.options.backoffMaxMs ?? 60_000;
      const delay = Math.min(max, base * 2 ** (attempts - 1)) * (0.5 + Math.random() / 2);
      this.backoff.set(key, { attempts, notBefore: Date.now() + delay });
      round.failures.push({ key, message: (error as Error).message });
      this.options.onFailure?.(key, error as Error, attempts);
      return false;
    }
  }

  /** One pass over every outbox. Safe to call while a loop runs: rounds never overlap. */
  async runOnce(): Promise<CarrierRound> {
    while (this.running) await this.running.catch(() => {});
    this.running = this.round();
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private async round(): Promise<CarrierRound> {
    const round: CarrierRound = { delivered: 0, settled: 0, confirmed: 0, reportsDelivered: 0, failures: [] };
    // Provinces one after another: a round is small (open transfers and unsent reports), and a slow province
    // then costs its own timeout only.
    for (const code of this.options.provinces) {
      if (this.stopping) break;
      let outbox: m.Outbox | undefined;
      await this.attempt(`outbox:${code}`, round, async () => {
        const data = await this.client(code, code)<{ _entities: { carrierOutbox: m.Outbox }[] }>(m.outboxQuery(code), m.representation(code));
        outbox = data._entities[0].carrierOutbox;
      });
      if (!outbox) continue;
      for (const t of outbox.transfers) if (!this.stopping) await this.attempt(`transfer:${t.id}`, round, () => this.carry(t, round));
      for (const r of outbox.unconfirmedReceipts) {
        await this.attempt(`confirm:${r.id}`, round, () => this.confirmIfSettled(code, r, round));
      }
      for (const r of outbox.reports) {
        await this.attempt(`report:${code}:${r.period}:${r.revision}`, round, () => this.pushReport(code, r, round));
      }
    }
    return round;
  }

  /** DELIVER or CANCEL at the destination, then the acknowledgement at the source, then the confirmation. */
  private async carry(t: m.TransferMessage, round: CarrierRound): Promise<void> {
    const { action, ...message } = t;
    const destination = this.client(t.toProvince, t.fromProvince);
    const deliver = action === 'DELIVER';
    const answer = await destination<Record<string, Record<string, m.TransferDecision>>>(
      deliver ? m.acceptTransfer(t.toProvince) : m.cancelIncomingTransfer(t.toProvince),
      { message },
      { idempotencyKey: m.deliveryKey(t.id, deliver ? 'deliver' : 'cancel') },
    );
    const decision = answer[`province${t.toProvince}`][deliver ? 'acceptTransfer' : 'cancelIncomingTransfer'];
    round.delivered += 1;
    await this.options.afterStep?.('receive', t.id);
    await this.client(t.fromProvince, t.fromProvince)(m.settleTransfer(t.fromProvince), {
      input: { id: t.id, state: decision.state, receivedOn: decision.receivedOn, reason: decision.reason },
    }, { idempotencyKey: m.deliveryKey(t.id, 'settle') });
    round.settled += 1;
    await this.options.afterStep?.('acknowledge', t.id);
    if (decision.state === 'RECEIVED') {
      await destination(m.confirmTransferSettled(t.toProvince), { id: t.id }, { idempotencyKey: m.deliveryKey(t.id, 'confirm') });
      round.confirmed += 1;
    }
  }

  /** A receipt the destination holds unconfirmed: confirm it once the source (asked as itself) shows it applied. */
  private async confirmIfSettled(code: string, r: { id: string; fromProvince: string }, round: CarrierRound): Promise<void> {
    const data = await this.client(r.fromProvince, r.fromProvince)<{ _entities: { transfer: { state: string; settledAt: string | null } | null }[] }>(
      m.transferStateQuery(r.fromProvince),
      { ...m.representation(r.fromProvince), id: r.id },
    );
    if (!data._entities[0].transfer?.settledAt) return; // the source's DELIVER message will settle it
    await this.client(code, code)(m.confirmTransferSettled(code), { id: r.id }, { idempotencyKey: m.deliveryKey(r.id, 'confirm') });
    round.confirmed += 1;
  }

  private async pushReport(code: string, r: m.ReportMessage, round: CarrierRound): Promise<void> {
    await this.client('central', code)(m.recordReportSubmission, {
      input: {
        provinceCode: code, period: r.period, revision: r.revision, computedAt: r.computedAt,
        checksum: r.checksum, reason: r.reason, figures: canonicalJson(r.figures),
      },
    }, { idempotencyKey: m.reportKey(code, r.period, r.revision, 'submit') });
    await this.client(code, code)(m.markReportDelivered(code), { period: r.period, revision: r.revision }, {
      idempotencyKey: m.reportKey(code, r.period, r.revision, 'delivered'),
    });
    round.reportsDelivered += 1;
  }

  /** Runs a round every `intervalMs` until stop(). */
  start(intervalMs: number, onRound?: (round: CarrierRound) => void): void {
    const tick = async () => {
      const round = await this.runOnce();
      onRound?.(round);
      if (this.timer !== undefined) this.timer = setTimeout(() => void tick(), intervalMs);
    };
    this.timer = setTimeout(() => void tick(), 0);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => {});
  }
}
