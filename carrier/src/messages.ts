// The operations the carrier sends (docs/transfers.md, "Messages"). Province reads go to the province's own
// subgraph through `_entities` (its ProvinceNN entity), writes through its own root field `provinceNN`.

const TRANSFER_FIELDS = 'id action kind memberId fromProvince toProvince toOrgId letterNo issuedOn record';
const FIGURES = `memberCount officialCount probationaryCount maleCount femaleCount cellCount meetingsHeld
  cellsWithRegularMeeting attendanceRate transfersIn transfersOut transfersOutPending transfersInUnconfirmed`;

export const outboxQuery = (code: string) => `query Outbox($reps: [_Any!]!) {
  _entities(representations: $reps) { ... on Province${code} { carrierOutbox {
    transfers { ${TRANSFER_FIELDS} }
    unconfirmedReceipts { id fromProvince }
    reports { period revision computedAt checksum reason figures { ${FIGURES} } }
  } } } }`;

export const transferStateQuery = (code: string) => `query TransferState($reps: [_Any!]!, $id: ID!) {
  _entities(representations: $reps) { ... on Province${code} { transfer(id: $id) { id state settledAt } } } }`;

export const representation = (code: string) => ({ reps: [{ __typename: `Province${code}`, code }] });

const DECISION = 'id state receivedOn reason';

export const acceptTransfer = (code: string) => `mutation Accept($message: TransferMessageInput!) {
  province${code} { acceptTransfer(message: $message) { ${DECISION} } } }`;

export const cancelIncomingTransfer = (code: string) => `mutation CancelIncoming($message: TransferMessageInput!) {
  province${code} { cancelIncomingTransfer(message: $message) { ${DECISION} } } }`;

export const settleTransfer = (code: string) => `mutation Settle($input: SettleTransferInput!) {
  province${code} { settleTransfer(input: $input) { id state settledAt } } }`;

export const confirmTransferSettled = (code: string) => `mutation Confirm($id: ID!) {
  province${code} { confirmTransferSettled(id: $id) { id settledAt } } }`;

export const markReportDelivered = (code: string) => `mutation Delivered($period: String!, $revision: Int!) {
  province${code} { markReportDelivered(period: $period, revision: $revision) { revision deliveredToCentre } } }`;

export const recordReportSubmission = `mutation Record($input: ReportSubmissionInput!) {
  recordReportSubmission(input: $input) { revision checksum } }`;

/** A step of a transfer's delivery (docs/transfers.md, "Messages"). */
export type DeliveryStep = 'deliver' | 'cancel' | 'settle' | 'confirm';

/**
 * The Idempotency-Key of one step of a transfer's delivery: the same for every attempt at that step (a retry after
 * a timeout is answered from the peer's record), different for each step and transfer.
 */
export const deliveryKey = (transferId: string, step: DeliveryStep): string => `carrier:transfer:${transferId}:${step}`;

/** The Idempotency-Key of a report revision's push to the Centre ('submit') and its mark at the province ('delivered'). */
export const reportKey = (code: string, period: string, revision: number, step: 'submit' | 'delivered'): string =>
  `carrier:report:${code}:${period}:${revision}:${step}`;

export interface TransferMessage {
  id: string;
  action: 'DELIVER' | 'CANCEL';
  kind: string;
  memberId: string;
  fromProvince: string;
  toProvince: string;
  toOrgId: string;
  letterNo: string;
  issuedOn: string;
  record: string;
}

export interface TransferDecision {
  id: string;
  state: 'RECEIVED' | 'CANCELLED' | 'REJECTED';
  receivedOn: string | null;
  reason: string | null;
}

export interface ReportMessage {
  period: string;
  revision: number;
  computedAt: string;
  checksum: string;
  reason: string | null;
  figures: Record<string, unknown>;
}

export interface Outbox {
  transfers: TransferMessage[];
  unconfirmedReceipts: { id: string; fromProvince: string }[];
  reports: ReportMessage[];
}
