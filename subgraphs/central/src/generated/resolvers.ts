import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProvinceRow, CentralSubmissionRow, NationalReportParent, NationalReportLineParent, NationalCheckRow } from '../db/rows.ts';
import type { CentralContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Instant, RFC 3339 with an offset (2026-10-15T19:30:00+07:00); answered in UTC (…Z). */
  DateTime: { input: string; output: string | Date; }
};

export type CentralSubmission = {
  __typename?: 'CentralSubmission';
  checksum: Scalars['String']['output'];
  computedAt: Scalars['DateTime']['output'];
  figures: SubmittedFigures;
  /** Received after the deadline (REPORT_DEADLINE_DAYS after the period's end). */
  late: Scalars['Boolean']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  revision: Scalars['Int']['output'];
};

/** A conflict found by the national check: one citizen ID hash counted by more than one province outside a transfer. */
export type CitizenIdConflict = {
  __typename?: 'CitizenIdConflict';
  hash: Scalars['String']['output'];
  provinces: Array<Scalars['ID']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Carrier → Centre: stores a national check result (JSON). */
  recordNationalCheck: NationalCheck;
  /** Carrier → Centre: stores a province's submission (idempotent by province, period and revision; a different checksum for a stored revision is refused). */
  recordReportSubmission: CentralSubmission;
};


export type MutationRecordNationalCheckArgs = {
  result: Scalars['String']['input'];
};


export type MutationRecordReportSubmissionArgs = {
  input: ReportSubmissionInput;
};

/** The latest national check the carrier ran (docs/transfers.md, "National check"). */
export type NationalCheck = {
  __typename?: 'NationalCheck';
  /** The day counted (YYYY-MM-DD). */
  asOf: Scalars['String']['output'];
  checkedAt: Scalars['DateTime']['output'];
  citizenIdConflicts: Array<CitizenIdConflict>;
  /** Provinces whose citizen ID hashes could not be read: conflicts involving them are unknown. */
  conflictCheckMissing: Array<Scalars['ID']['output']>;
  /** The month's official transfers in and out; null when a province is missing. */
  flows?: Maybe<TransferFlows>;
  /** National member total on asOf: Σ provinces − transfers both ends count. */
  members: NationalTotal;
  overdueTransfers: Array<OverdueTransfer>;
  /** Transfers received by the destination whose source has not yet applied the receipt (counted once). */
  transfersAwaitingAcknowledgement: Array<Scalars['ID']['output']>;
  /** Transfers issued and not received (in transit, still counted by the source). */
  transfersInTransit: Scalars['Int']['output'];
};

export type NationalReport = {
  __typename?: 'NationalReport';
  /** Last day to submit: the period's last day + REPORT_DEADLINE_DAYS. */
  deadline: Scalars['String']['output'];
  /** Codes of the provinces that submitted after the deadline, or have not submitted and the deadline has passed. */
  late: Array<Scalars['ID']['output']>;
  /** Members: sum of the latest submissions, minus transfers both ends counted (docs/transfers.md). */
  memberCount: NationalTotal;
  /** Codes of the provinces that have not submitted. */
  missing: Array<Scalars['ID']['output']>;
  officialCount: NationalTotal;
  /** YYYY-MM */
  period: Scalars['String']['output'];
  provinces: Array<NationalReportLine>;
  /** Codes of the provinces that submitted. */
  submitted: Array<Scalars['ID']['output']>;
};

/** One province's line of the national report. `province` is the province itself: ask it `submittedReport(period) { differsFromLive liveDifferences { … } }` to compare with its live figures. */
export type NationalReportLine = {
  __typename?: 'NationalReportLine';
  code: Scalars['ID']['output'];
  /** The latest revision received; null when the province has not submitted. */
  latest?: Maybe<CentralSubmission>;
  province: Province;
  /** Every revision received, oldest first. */
  revisions: Array<CentralSubmission>;
};

/** A national total over the provinces that answered (or submitted): it names those it is missing, never a silently smaller number. */
export type NationalTotal = {
  __typename?: 'NationalTotal';
  provincesCounted: Scalars['Int']['output'];
  /** Codes of the provinces not included. */
  provincesMissing: Array<Scalars['ID']['output']>;
  total: Scalars['Int']['output'];
};

export type OverdueTransfer = {
  __typename?: 'OverdueTransfer';
  dueOn: Scalars['String']['output'];
  fromProvince: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  issuedOn: Scalars['String']['output'];
  toProvince: Scalars['ID']['output'];
};

/** A province-level unit. Each has its own entity type (Province01 ... Province96) so that the gateway can route its fields to its own subgraph: federation routes by type, not by key value. */
export type Province = {
  asciiName: Scalars['String']['output'];
  /** 2-digit code (QĐ 19/2025/QĐ-TTg). */
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  /** Vietnamese name, e.g. Thành phố Hà Nội. */
  name: Scalars['String']['output'];
};

/** Thành phố Hà Nội (01) */
export type Province01 = Province & {
  __typename?: 'Province01';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Cao Bằng (04) */
export type Province04 = Province & {
  __typename?: 'Province04';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Tuyên Quang (08) */
export type Province08 = Province & {
  __typename?: 'Province08';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Điện Biên (11) */
export type Province11 = Province & {
  __typename?: 'Province11';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Lai Châu (12) */
export type Province12 = Province & {
  __typename?: 'Province12';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Sơn La (14) */
export type Province14 = Province & {
  __typename?: 'Province14';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Lào Cai (15) */
export type Province15 = Province & {
  __typename?: 'Province15';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Thái Nguyên (19) */
export type Province19 = Province & {
  __typename?: 'Province19';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Lạng Sơn (20) */
export type Province20 = Province & {
  __typename?: 'Province20';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Quảng Ninh (22) */
export type Province22 = Province & {
  __typename?: 'Province22';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Bắc Ninh (24) */
export type Province24 = Province & {
  __typename?: 'Province24';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Phú Thọ (25) */
export type Province25 = Province & {
  __typename?: 'Province25';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Thành phố Hải Phòng (31) */
export type Province31 = Province & {
  __typename?: 'Province31';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Hưng Yên (33) */
export type Province33 = Province & {
  __typename?: 'Province33';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Ninh Bình (37) */
export type Province37 = Province & {
  __typename?: 'Province37';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Thanh Hóa (38) */
export type Province38 = Province & {
  __typename?: 'Province38';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Nghệ An (40) */
export type Province40 = Province & {
  __typename?: 'Province40';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Hà Tĩnh (42) */
export type Province42 = Province & {
  __typename?: 'Province42';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Quảng Trị (44) */
export type Province44 = Province & {
  __typename?: 'Province44';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Thành phố Huế (46) */
export type Province46 = Province & {
  __typename?: 'Province46';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Thành phố Đà Nẵng (48) */
export type Province48 = Province & {
  __typename?: 'Province48';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Quảng Ngãi (51) */
export type Province51 = Province & {
  __typename?: 'Province51';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Gia Lai (52) */
export type Province52 = Province & {
  __typename?: 'Province52';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Khánh Hòa (56) */
export type Province56 = Province & {
  __typename?: 'Province56';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Đắk Lắk (66) */
export type Province66 = Province & {
  __typename?: 'Province66';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Lâm Đồng (68) */
export type Province68 = Province & {
  __typename?: 'Province68';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Đồng Nai (75) */
export type Province75 = Province & {
  __typename?: 'Province75';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Thành phố Hồ Chí Minh (79) */
export type Province79 = Province & {
  __typename?: 'Province79';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Tây Ninh (80) */
export type Province80 = Province & {
  __typename?: 'Province80';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Đồng Tháp (82) */
export type Province82 = Province & {
  __typename?: 'Province82';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Vĩnh Long (86) */
export type Province86 = Province & {
  __typename?: 'Province86';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh An Giang (91) */
export type Province91 = Province & {
  __typename?: 'Province91';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Thành phố Cần Thơ (92) */
export type Province92 = Province & {
  __typename?: 'Province92';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Tỉnh Cà Mau (96) */
export type Province96 = Province & {
  __typename?: 'Province96';
  asciiName: Scalars['String']['output'];
  code: Scalars['ID']['output'];
  kind: ProvinceKind;
  name: Scalars['String']['output'];
};

/** Thành phố trực thuộc TW or tỉnh. */
export type ProvinceKind =
  /** Thành phố trực thuộc Trung ương */
  | 'CITY'
  /** Tỉnh */
  | 'PROVINCE';

export type Query = {
  __typename?: 'Query';
  /** The latest national check, or null when none has run. */
  nationalCheck?: Maybe<NationalCheck>;
  /** The national report of a period (YYYY-MM): latest submissions, who submitted, who is late. */
  nationalReport: NationalReport;
  /** One province by its 2-digit code (an unknown code is an error). */
  province?: Maybe<Province>;
  /** The registry of provinces, in code order; `codes` selects some (an unknown code is an error). */
  provinces: Array<Province>;
};


export type QueryNationalReportArgs = {
  period: Scalars['String']['input'];
};


export type QueryProvinceArgs = {
  code: Scalars['ID']['input'];
};


export type QueryProvincesArgs = {
  codes?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type ReportSubmissionInput = {
  checksum: Scalars['String']['input'];
  computedAt: Scalars['DateTime']['input'];
  /** The figures as canonical JSON (the checksum is verified against it). */
  figures: Scalars['String']['input'];
  period: Scalars['String']['input'];
  provinceCode: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  revision: Scalars['Int']['input'];
};

/** The figures of a submitted report, as the province computed them. */
export type SubmittedFigures = {
  __typename?: 'SubmittedFigures';
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  cellCount: Scalars['Int']['output'];
  cellsWithRegularMeeting: Scalars['Int']['output'];
  femaleCount: Scalars['Int']['output'];
  maleCount: Scalars['Int']['output'];
  meetingsHeld: Scalars['Int']['output'];
  memberCount: Scalars['Int']['output'];
  officialCount: Scalars['Int']['output'];
  probationaryCount: Scalars['Int']['output'];
  transfersIn: Scalars['Int']['output'];
  transfersInUnconfirmed: Array<Scalars['ID']['output']>;
  transfersOut: Scalars['Int']['output'];
  transfersOutPending: Array<Scalars['ID']['output']>;
};

/** Σ in = Σ out over received transfers (spec §5 rule 2), up to those awaiting the source's acknowledgement. */
export type TransferFlows = {
  __typename?: 'TransferFlows';
  /** Received by destinations this month. */
  in: Scalars['Int']['output'];
  /** Applied by sources this month. */
  out: Scalars['Int']['output'];
  /** in − out − awaiting acknowledgement: 0 unless a receipt was lost on one side. */
  unmatched: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Province: Province;
  Province01: Province01;
  Province04: Province04;
  Province08: Province08;
  Province11: Province11;
  Province12: Province12;
  Province14: Province14;
  Province15: Province15;
  Province19: Province19;
  Province20: Province20;
  Province22: Province22;
  Province24: Province24;
  Province25: Province25;
  Province31: Province31;
  Province33: Province33;
  Province37: Province37;
  Province38: Province38;
  Province40: Province40;
  Province42: Province42;
  Province44: Province44;
  Province46: Province46;
  Province48: Province48;
  Province51: Province51;
  Province52: Province52;
  Province56: Province56;
  Province66: Province66;
  Province68: Province68;
  Province75: Province75;
  Province79: Province79;
  Province80: Province80;
  Province82: Province82;
  Province86: Province86;
  Province91: Province91;
  Province92: Province92;
  Province96: Province96;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Province:
    ( { __typename: 'Province' }
    & GraphQLRecursivePick<FederationTypes['Province'], {"code":true}> );
  Province01:
    ( { __typename: 'Province01' }
    & GraphQLRecursivePick<FederationTypes['Province01'], {"code":true}> );
  Province04:
    ( { __typename: 'Province04' }
    & GraphQLRecursivePick<FederationTypes['Province04'], {"code":true}> );
  Province08:
    ( { __typename: 'Province08' }
    & GraphQLRecursivePick<FederationTypes['Province08'], {"code":true}> );
  Province11:
    ( { __typename: 'Province11' }
    & GraphQLRecursivePick<FederationTypes['Province11'], {"code":true}> );
  Province12:
    ( { __typename: 'Province12' }
    & GraphQLRecursivePick<FederationTypes['Province12'], {"code":true}> );
  Province14:
    ( { __typename: 'Province14' }
    & GraphQLRecursivePick<FederationTypes['Province14'], {"code":true}> );
  Province15:
    ( { __typename: 'Province15' }
    & GraphQLRecursivePick<FederationTypes['Province15'], {"code":true}> );
  Province19:
    ( { __typename: 'Province19' }
    & GraphQLRecursivePick<FederationTypes['Province19'], {"code":true}> );
  Province20:
    ( { __typename: 'Province20' }
    & GraphQLRecursivePick<FederationTypes['Province20'], {"code":true}> );
  Province22:
    ( { __typename: 'Province22' }
    & GraphQLRecursivePick<FederationTypes['Province22'], {"code":true}> );
  Province24:
    ( { __typename: 'Province24' }
    & GraphQLRecursivePick<FederationTypes['Province24'], {"code":true}> );
  Province25:
    ( { __typename: 'Province25' }
    & GraphQLRecursivePick<FederationTypes['Province25'], {"code":true}> );
  Province31:
    ( { __typename: 'Province31' }
    & GraphQLRecursivePick<FederationTypes['Province31'], {"code":true}> );
  Province33:
    ( { __typename: 'Province33' }
    & GraphQLRecursivePick<FederationTypes['Province33'], {"code":true}> );
  Province37:
    ( { __typename: 'Province37' }
    & GraphQLRecursivePick<FederationTypes['Province37'], {"code":true}> );
  Province38:
    ( { __typename: 'Province38' }
    & GraphQLRecursivePick<FederationTypes['Province38'], {"code":true}> );
  Province40:
    ( { __typename: 'Province40' }
    & GraphQLRecursivePick<FederationTypes['Province40'], {"code":true}> );
  Province42:
    ( { __typename: 'Province42' }
    & GraphQLRecursivePick<FederationTypes['Province42'], {"code":true}> );
  Province44:
    ( { __typename: 'Province44' }
    & GraphQLRecursivePick<FederationTypes['Province44'], {"code":true}> );
  Province46:
    ( { __typename: 'Province46' }
    & GraphQLRecursivePick<FederationTypes['Province46'], {"code":true}> );
  Province48:
    ( { __typename: 'Province48' }
    & GraphQLRecursivePick<FederationTypes['Province48'], {"code":true}> );
  Province51:
    ( { __typename: 'Province51' }
    & GraphQLRecursivePick<FederationTypes['Province51'], {"code":true}> );
  Province52:
    ( { __typename: 'Province52' }
    & GraphQLRecursivePick<FederationTypes['Province52'], {"code":true}> );
  Province56:
    ( { __typename: 'Province56' }
    & GraphQLRecursivePick<FederationTypes['Province56'], {"code":true}> );
  Province66:
    ( { __typename: 'Province66' }
    & GraphQLRecursivePick<FederationTypes['Province66'], {"code":true}> );
  Province68:
    ( { __typename: 'Province68' }
    & GraphQLRecursivePick<FederationTypes['Province68'], {"code":true}> );
  Province75:
    ( { __typename: 'Province75' }
    & GraphQLRecursivePick<FederationTypes['Province75'], {"code":true}> );
  Province79:
    ( { __typename: 'Province79' }
    & GraphQLRecursivePick<FederationTypes['Province79'], {"code":true}> );
  Province80:
    ( { __typename: 'Province80' }
    & GraphQLRecursivePick<FederationTypes['Province80'], {"code":true}> );
  Province82:
    ( { __typename: 'Province82' }
    & GraphQLRecursivePick<FederationTypes['Province82'], {"code":true}> );
  Province86:
    ( { __typename: 'Province86' }
    & GraphQLRecursivePick<FederationTypes['Province86'], {"code":true}> );
  Province91:
    ( { __typename: 'Province91' }
    & GraphQLRecursivePick<FederationTypes['Province91'], {"code":true}> );
  Province92:
    ( { __typename: 'Province92' }
    & GraphQLRecursivePick<FederationTypes['Province92'], {"code":true}> );
  Province96:
    ( { __typename: 'Province96' }
    & GraphQLRecursivePick<FederationTypes['Province96'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CentralSubmission: ResolverTypeWrapper<CentralSubmissionRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CitizenIdConflict: ResolverTypeWrapper<CitizenIdConflict>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NationalCheck: ResolverTypeWrapper<NationalCheckRow>;
  NationalReport: ResolverTypeWrapper<NationalReportParent>;
  NationalReportLine: ResolverTypeWrapper<NationalReportLineParent>;
  NationalTotal: ResolverTypeWrapper<NationalTotal>;
  OverdueTransfer: ResolverTypeWrapper<OverdueTransfer>;
  Province: ResolverTypeWrapper<ProvinceRow>;
  Province01: ResolverTypeWrapper<ProvinceRow>;
  Province04: ResolverTypeWrapper<ProvinceRow>;
  Province08: ResolverTypeWrapper<ProvinceRow>;
  Province11: ResolverTypeWrapper<ProvinceRow>;
  Province12: ResolverTypeWrapper<ProvinceRow>;
  Province14: ResolverTypeWrapper<ProvinceRow>;
  Province15: ResolverTypeWrapper<ProvinceRow>;
  Province19: ResolverTypeWrapper<ProvinceRow>;
  Province20: ResolverTypeWrapper<ProvinceRow>;
  Province22: ResolverTypeWrapper<ProvinceRow>;
  Province24: ResolverTypeWrapper<ProvinceRow>;
  Province25: ResolverTypeWrapper<ProvinceRow>;
  Province31: ResolverTypeWrapper<ProvinceRow>;
  Province33: ResolverTypeWrapper<ProvinceRow>;
  Province37: ResolverTypeWrapper<ProvinceRow>;
  Province38: ResolverTypeWrapper<ProvinceRow>;
  Province40: ResolverTypeWrapper<ProvinceRow>;
  Province42: ResolverTypeWrapper<ProvinceRow>;
  Province44: ResolverTypeWrapper<ProvinceRow>;
  Province46: ResolverTypeWrapper<ProvinceRow>;
  Province48: ResolverTypeWrapper<ProvinceRow>;
  Province51: ResolverTypeWrapper<ProvinceRow>;
  Province52: ResolverTypeWrapper<ProvinceRow>;
  Province56: ResolverTypeWrapper<ProvinceRow>;
  Province66: ResolverTypeWrapper<ProvinceRow>;
  Province68: ResolverTypeWrapper<ProvinceRow>;
  Province75: ResolverTypeWrapper<ProvinceRow>;
  Province79: ResolverTypeWrapper<ProvinceRow>;
  Province80: ResolverTypeWrapper<ProvinceRow>;
  Province82: ResolverTypeWrapper<ProvinceRow>;
  Province86: ResolverTypeWrapper<ProvinceRow>;
  Province91: ResolverTypeWrapper<ProvinceRow>;
  Province92: ResolverTypeWrapper<ProvinceRow>;
  Province96: ResolverTypeWrapper<ProvinceRow>;
  ProvinceKind: ProvinceKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportSubmissionInput: ReportSubmissionInput;
  SubmittedFigures: ResolverTypeWrapper<SubmittedFigures>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  TransferFlows: ResolverTypeWrapper<TransferFlows>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CentralSubmission: CentralSubmissionRow;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  CitizenIdConflict: CitizenIdConflict;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  NationalCheck: NationalCheckRow;
  NationalReport: NationalReportParent;
  NationalReportLine: NationalReportLineParent;
  NationalTotal: NationalTotal;
  OverdueTransfer: OverdueTransfer;
  Province: ProvinceRow;
  Province01: ProvinceRow;
  Province04: ProvinceRow;
  Province08: ProvinceRow;
  Province11: ProvinceRow;
  Province12: ProvinceRow;
  Province14: ProvinceRow;
  Province15: ProvinceRow;
  Province19: ProvinceRow;
  Province20: ProvinceRow;
  Province22: ProvinceRow;
  Province24: ProvinceRow;
  Province25: ProvinceRow;
  Province31: ProvinceRow;
  Province33: ProvinceRow;
  Province37: ProvinceRow;
  Province38: ProvinceRow;
  Province40: ProvinceRow;
  Province42: ProvinceRow;
  Province44: ProvinceRow;
  Province46: ProvinceRow;
  Province48: ProvinceRow;
  Province51: ProvinceRow;
  Province52: ProvinceRow;
  Province56: ProvinceRow;
  Province66: ProvinceRow;
  Province68: ProvinceRow;
  Province75: ProvinceRow;
  Province79: ProvinceRow;
  Province80: ProvinceRow;
  Province82: ProvinceRow;
  Province86: ProvinceRow;
  Province91: ProvinceRow;
  Province92: ProvinceRow;
  Province96: ProvinceRow;
  Query: Record<PropertyKey, never>;
  ReportSubmissionInput: ReportSubmissionInput;
  SubmittedFigures: SubmittedFigures;
  Float: Scalars['Float']['output'];
  TransferFlows: TransferFlows;
};

export type CentralSubmissionResolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['CentralSubmission'] = ResolversParentTypes['CentralSubmission']> = {
  checksum?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['SubmittedFigures'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitizenIdConflictResolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['CitizenIdConflict'] = ResolversParentTypes['CitizenIdConflict']> = {
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinces?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  recordNationalCheck?: Resolver<ResolversTypes['NationalCheck'], ParentType, ContextType, RequireFields<MutationRecordNationalCheckArgs, 'result'>>;
  recordReportSubmission?: Resolver<ResolversTypes['CentralSubmission'], ParentType, ContextType, RequireFields<MutationRecordReportSubmissionArgs, 'input'>>;
};

export type NationalCheckResolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['NationalCheck'] = ResolversParentTypes['NationalCheck']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  citizenIdConflicts?: Resolver<Array<ResolversTypes['CitizenIdConflict']>, ParentType, ContextType>;
  conflictCheckMissing?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  flows?: Resolver<Maybe<ResolversTypes['TransferFlows']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['NationalTotal'], ParentType, ContextType>;
  overdueTransfers?: Resolver<Array<ResolversTypes['OverdueTransfer']>, ParentType, ContextType>;
  transfersAwaitingAcknowledgement?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  transfersInTransit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NationalReportResolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['NationalReport'] = ResolversParentTypes['NationalReport']> = {
  deadline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  late?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['NationalTotal'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  officialCount?: Resolver<ResolversTypes['NationalTotal'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinces?: Resolver<Array<ResolversTypes['NationalReportLine']>, ParentType, ContextType>;
  submitted?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type NationalReportLineResolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['NationalReportLine'] = ResolversParentTypes['NationalReportLine']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['CentralSubmission']>, ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['CentralSubmission']>, ParentType, ContextType>;
};

export type NationalTotalResolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['NationalTotal'] = ResolversParentTypes['NationalTotal']> = {
  provincesCounted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provincesMissing?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OverdueTransferResolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['OverdueTransfer'] = ResolversParentTypes['OverdueTransfer']> = {
  dueOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromProvince?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toProvince?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = {
  __resolveType: TypeResolveFn<'Province01' | 'Province04' | 'Province08' | 'Province11' | 'Province12' | 'Province14' | 'Province15' | 'Province19' | 'Province20' | 'Province22' | 'Province24' | 'Province25' | 'Province31' | 'Province33' | 'Province37' | 'Province38' | 'Province40' | 'Province42' | 'Province44' | 'Province46' | 'Province48' | 'Province51' | 'Province52' | 'Province56' | 'Province66' | 'Province68' | 'Province75' | 'Province79' | 'Province80' | 'Province82' | 'Province86' | 'Province91' | 'Province92' | 'Province96', ParentType, ContextType>;
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
};

export type Province01Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province01'] = ResolversParentTypes['Province01'], FederationReferenceType extends FederationReferenceTypes['Province01'] = FederationReferenceTypes['Province01']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province01']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province04Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province04'] = ResolversParentTypes['Province04'], FederationReferenceType extends FederationReferenceTypes['Province04'] = FederationReferenceTypes['Province04']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province04']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province08Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province08'] = ResolversParentTypes['Province08'], FederationReferenceType extends FederationReferenceTypes['Province08'] = FederationReferenceTypes['Province08']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province08']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province11Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province11'] = ResolversParentTypes['Province11'], FederationReferenceType extends FederationReferenceTypes['Province11'] = FederationReferenceTypes['Province11']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province11']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province12Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province12'] = ResolversParentTypes['Province12'], FederationReferenceType extends FederationReferenceTypes['Province12'] = FederationReferenceTypes['Province12']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province12']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province14Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province14'] = ResolversParentTypes['Province14'], FederationReferenceType extends FederationReferenceTypes['Province14'] = FederationReferenceTypes['Province14']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province14']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province15Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province15'] = ResolversParentTypes['Province15'], FederationReferenceType extends FederationReferenceTypes['Province15'] = FederationReferenceTypes['Province15']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province15']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province19Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province19'] = ResolversParentTypes['Province19'], FederationReferenceType extends FederationReferenceTypes['Province19'] = FederationReferenceTypes['Province19']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province19']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province20Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province20'] = ResolversParentTypes['Province20'], FederationReferenceType extends FederationReferenceTypes['Province20'] = FederationReferenceTypes['Province20']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province20']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province22Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province22'] = ResolversParentTypes['Province22'], FederationReferenceType extends FederationReferenceTypes['Province22'] = FederationReferenceTypes['Province22']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province22']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province24Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province24'] = ResolversParentTypes['Province24'], FederationReferenceType extends FederationReferenceTypes['Province24'] = FederationReferenceTypes['Province24']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province24']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province25Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province25'] = ResolversParentTypes['Province25'], FederationReferenceType extends FederationReferenceTypes['Province25'] = FederationReferenceTypes['Province25']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province25']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province31Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province31'] = ResolversParentTypes['Province31'], FederationReferenceType extends FederationReferenceTypes['Province31'] = FederationReferenceTypes['Province31']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province31']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province33Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province33'] = ResolversParentTypes['Province33'], FederationReferenceType extends FederationReferenceTypes['Province33'] = FederationReferenceTypes['Province33']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province33']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province37Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province37'] = ResolversParentTypes['Province37'], FederationReferenceType extends FederationReferenceTypes['Province37'] = FederationReferenceTypes['Province37']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province37']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province38Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province38'] = ResolversParentTypes['Province38'], FederationReferenceType extends FederationReferenceTypes['Province38'] = FederationReferenceTypes['Province38']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province38']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province40Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province40'] = ResolversParentTypes['Province40'], FederationReferenceType extends FederationReferenceTypes['Province40'] = FederationReferenceTypes['Province40']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province40']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province42Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province42'] = ResolversParentTypes['Province42'], FederationReferenceType extends FederationReferenceTypes['Province42'] = FederationReferenceTypes['Province42']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province42']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province44Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province44'] = ResolversParentTypes['Province44'], FederationReferenceType extends FederationReferenceTypes['Province44'] = FederationReferenceTypes['Province44']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province44']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province46Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province46'] = ResolversParentTypes['Province46'], FederationReferenceType extends FederationReferenceTypes['Province46'] = FederationReferenceTypes['Province46']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province46']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province48Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province48'] = ResolversParentTypes['Province48'], FederationReferenceType extends FederationReferenceTypes['Province48'] = FederationReferenceTypes['Province48']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province48']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province51Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province51'] = ResolversParentTypes['Province51'], FederationReferenceType extends FederationReferenceTypes['Province51'] = FederationReferenceTypes['Province51']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province51']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province52Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province52'] = ResolversParentTypes['Province52'], FederationReferenceType extends FederationReferenceTypes['Province52'] = FederationReferenceTypes['Province52']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province52']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province56Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province56'] = ResolversParentTypes['Province56'], FederationReferenceType extends FederationReferenceTypes['Province56'] = FederationReferenceTypes['Province56']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province56']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province66Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province66'] = ResolversParentTypes['Province66'], FederationReferenceType extends FederationReferenceTypes['Province66'] = FederationReferenceTypes['Province66']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province66']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province68Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province68'] = ResolversParentTypes['Province68'], FederationReferenceType extends FederationReferenceTypes['Province68'] = FederationReferenceTypes['Province68']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province68']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province75Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province75'] = ResolversParentTypes['Province75'], FederationReferenceType extends FederationReferenceTypes['Province75'] = FederationReferenceTypes['Province75']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province75']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province79Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province79'] = ResolversParentTypes['Province79'], FederationReferenceType extends FederationReferenceTypes['Province79'] = FederationReferenceTypes['Province79']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province79']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province80Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province80'] = ResolversParentTypes['Province80'], FederationReferenceType extends FederationReferenceTypes['Province80'] = FederationReferenceTypes['Province80']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province80']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province82Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province82'] = ResolversParentTypes['Province82'], FederationReferenceType extends FederationReferenceTypes['Province82'] = FederationReferenceTypes['Province82']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province82']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province86Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province86'] = ResolversParentTypes['Province86'], FederationReferenceType extends FederationReferenceTypes['Province86'] = FederationReferenceTypes['Province86']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province86']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province91Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province91'] = ResolversParentTypes['Province91'], FederationReferenceType extends FederationReferenceTypes['Province91'] = FederationReferenceTypes['Province91']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province91']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province92Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province92'] = ResolversParentTypes['Province92'], FederationReferenceType extends FederationReferenceTypes['Province92'] = FederationReferenceTypes['Province92']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province92']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Province96Resolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Province96'] = ResolversParentTypes['Province96'], FederationReferenceType extends FederationReferenceTypes['Province96'] = FederationReferenceTypes['Province96']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province96']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asciiName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  nationalCheck?: Resolver<Maybe<ResolversTypes['NationalCheck']>, ParentType, ContextType>;
  nationalReport?: Resolver<ResolversTypes['NationalReport'], ParentType, ContextType, RequireFields<QueryNationalReportArgs, 'period'>>;
  province?: Resolver<Maybe<ResolversTypes['Province']>, ParentType, ContextType, RequireFields<QueryProvinceArgs, 'code'>>;
  provinces?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType, Partial<QueryProvincesArgs>>;
};

export type SubmittedFiguresResolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['SubmittedFigures'] = ResolversParentTypes['SubmittedFigures']> = {
  attendanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cellCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cellsWithRegularMeeting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  femaleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetingsHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  officialCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  probationaryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfersIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfersInUnconfirmed?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  transfersOut?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfersOutPending?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type TransferFlowsResolvers<ContextType = CentralContext, ParentType extends ResolversParentTypes['TransferFlows'] = ResolversParentTypes['TransferFlows']> = {
  in?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  out?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unmatched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = CentralContext> = {
  CentralSubmission?: CentralSubmissionResolvers<ContextType>;
  CitizenIdConflict?: CitizenIdConflictResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NationalCheck?: NationalCheckResolvers<ContextType>;
  NationalReport?: NationalReportResolvers<ContextType>;
  NationalReportLine?: NationalReportLineResolvers<ContextType>;
  NationalTotal?: NationalTotalResolvers<ContextType>;
  OverdueTransfer?: OverdueTransferResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Province01?: Province01Resolvers<ContextType>;
  Province04?: Province04Resolvers<ContextType>;
  Province08?: Province08Resolvers<ContextType>;
  Province11?: Province11Resolvers<ContextType>;
  Province12?: Province12Resolvers<ContextType>;
  Province14?: Province14Resolvers<ContextType>;
  Province15?: Province15Resolvers<ContextType>;
  Province19?: Province19Resolvers<ContextType>;
  Province20?: Province20Resolvers<ContextType>;
  Province22?: Province22Resolvers<ContextType>;
  Province24?: Province24Resolvers<ContextType>;
  Province25?: Province25Resolvers<ContextType>;
  Province31?: Province31Resolvers<ContextType>;
  Province33?: Province33Resolvers<ContextType>;
  Province37?: Province37Resolvers<ContextType>;
  Province38?: Province38Resolvers<ContextType>;
  Province40?: Province40Resolvers<ContextType>;
  Province42?: Province42Resolvers<ContextType>;
  Province44?: Province44Resolvers<ContextType>;
  Province46?: Province46Resolvers<ContextType>;
  Province48?: Province48Resolvers<ContextType>;
  Province51?: Province51Resolvers<ContextType>;
  Province52?: Province52Resolvers<ContextType>;
  Province56?: Province56Resolvers<ContextType>;
  Province66?: Province66Resolvers<ContextType>;
  Province68?: Province68Resolvers<ContextType>;
  Province75?: Province75Resolvers<ContextType>;
  Province79?: Province79Resolvers<ContextType>;
  Province80?: Province80Resolvers<ContextType>;
  Province82?: Province82Resolvers<ContextType>;
  Province86?: Province86Resolvers<ContextType>;
  Province91?: Province91Resolvers<ContextType>;
  Province92?: Province92Resolvers<ContextType>;
  Province96?: Province96Resolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SubmittedFigures?: SubmittedFiguresResolvers<ContextType>;
  TransferFlows?: TransferFlowsResolvers<ContextType>;
};

