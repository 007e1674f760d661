import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MemberRow, OrgRow, MeetingRow, AttendanceRow, CorrectionRow, ReportParent } from '../db/rows.ts';
import type { ProvinceContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: string; output: string; }
  /** Instant, ISO 8601 with time zone (e.g. 2026-10-05T08:00:00.000Z). */
  DateTime: { input: string; output: string | Date; }
};

/** Trạng thái sinh hoạt. */
export type ActivityState =
  /** Đang sinh hoạt */
  | 'ACTIVE'
  /** Từ trần */
  | 'DECEASED'
  /** Miễn công tác và sinh hoạt */
  | 'EXEMPT'
  /** Khai trừ */
  | 'EXPELLED'
  /** Đang chuyển đi */
  | 'IN_TRANSIT'
  /** Xóa tên */
  | 'REMOVED'
  /** Ra khỏi Đảng */
  | 'RESIGNED';

export type Attendance = {
  __typename?: 'Attendance';
  member: Member;
  presence: Presence;
};

/** Fields left out (or null) are not changed; at least one must change. */
export type CorrectMemberInput = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** 12 digits. */
  citizenId?: InputMaybe<Scalars['String']['input']>;
  /** 2-digit ethnicity code of the national catalogue (01 Kinh … 54). */
  ethnicityCode?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  /** Why the record is corrected (3 to 1000 characters), e.g. the decision or document that shows the right value. */
  reason: Scalars['String']['input'];
  /** 2-digit religion code of the national catalogue. */
  religionCode?: InputMaybe<Scalars['String']['input']>;
  sex?: InputMaybe<Sex>;
};

export type CorrectMemberPayload = {
  __typename?: 'CorrectMemberPayload';
  correction: MemberCorrection;
  member: Member;
};

export type FieldChange = {
  __typename?: 'FieldChange';
  /** GraphQL field name, e.g. citizenId. */
  field: Scalars['String']['output'];
  from?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['String']['output']>;
};

/** A cell meeting (sinh hoạt chi bộ). */
export type Meeting = {
  __typename?: 'Meeting';
  attendance: Array<Attendance>;
  cell: PartyOrg;
  docsPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  endedAt: Scalars['DateTime']['output'];
  /** Members expected (exempt members are not expected). */
  expected: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  present: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  topic: Scalars['String']['output'];
  type: MeetingType;
};

export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  edges: Array<MeetingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

/** Loại sinh hoạt chi bộ. */
export type MeetingType =
  /** Thường kỳ + chuyên đề */
  | 'COMBINED'
  /** Bất thường */
  | 'EXTRAORDINARY'
  /** Thường kỳ */
  | 'REGULAR'
  /** Chuyên đề */
  | 'THEMATIC';

/** A party member as held by the province that counts them. */
export type Member = {
  __typename?: 'Member';
  admissionDecisionDate: Scalars['Date']['output'];
  birthDate: Scalars['Date']['output'];
  /** The cell (chi bộ) the member belongs to. */
  cell: PartyOrg;
  /** 12-digit personal identification number (số định danh cá nhân / CCCD). */
  citizenId: Scalars['String']['output'];
  /** Corrections of this record, oldest first. */
  corrections: Array<MemberCorrection>;
  ethnicityCode?: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  /** National member id (UUID): stable across provinces and citizen-ID changes. */
  id: Scalars['ID']['output'];
  officialDate?: Maybe<Scalars['Date']['output']>;
  provinceCode: Scalars['ID']['output'];
  religionCode?: Maybe<Scalars['String']['output']>;
  sex: Sex;
  state: ActivityState;
  status: MemberStatus;
};

export type MemberConnection = {
  __typename?: 'MemberConnection';
  edges: Array<MemberEdge>;
  pageInfo: PageInfo;
  /** Members matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One version of a member record's history. */
export type MemberCorrection = {
  __typename?: 'MemberCorrection';
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  changes: Array<FieldChange>;
  reason: Scalars['String']['output'];
  /** 1 for the first correction, then 2, 3 … */
  version: Scalars['Int']['output'];
};

export type MemberEdge = {
  __typename?: 'MemberEdge';
  cursor: Scalars['String']['output'];
  node: Member;
};

export type MemberFilter = {
  /** Only members of this cell. */
  cellId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the full name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  sex?: InputMaybe<Sex>;
  state?: InputMaybe<ActivityState>;
  status?: InputMaybe<MemberStatus>;
};

/** Tư cách đảng viên. */
export type MemberStatus =
  /** Chính thức */
  | 'CHINH_THUC'
  /** Dự bị */
  | 'DU_BI';

export type Mutation = {
  __typename?: 'Mutation';
  /** Writes to province 01's records. Planned to this province only; each write runs in one transaction there. */
  province01?: Maybe<ProvinceMutations>;
};

/** Cấp tổ chức đảng (QĐ 294-QĐ/TW). */
export type OrgLevel =
  /** Đảng ủy cấp trên cơ sở */
  | 'CAP_TREN_CO_SO'
  /** Chi bộ trực thuộc */
  | 'CHI_BO'
  /** Chi bộ cơ sở */
  | 'CHI_BO_CO_SO'
  /** Đảng bộ cơ sở */
  | 'DANG_BO_CO_SO'
  /** Đảng bộ tỉnh/thành phố */
  | 'TINH'
  /** Tổ đảng */
  | 'TO_DANG'
  /** Đảng bộ xã/phường/đặc khu */
  | 'XA';

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A party organisation (tổ chức đảng): a node of the province's tree. */
export type PartyOrg = {
  __typename?: 'PartyOrg';
  active: Scalars['Boolean']['output'];
  children: Array<PartyOrg>;
  /** 5-digit commune code for commune-level organisations and below. */
  communeCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  level: OrgLevel;
  /** Members whose cell is this organisation (direct members only). */
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  parent?: Maybe<PartyOrg>;
  provinceCode: Scalars['ID']['output'];
};

/** Điểm danh. */
export type Presence =
  /** Vắng có lý do */
  | 'EXCUSED'
  /** Có mặt */
  | 'PRESENT'
  /** Vắng không lý do */
  | 'UNEXCUSED';

export type Province = {
  code: Scalars['ID']['output'];
  /** Meetings held in a month (YYYY-MM), optionally of one cell; keyset-paginated like members. */
  meetings?: Maybe<MeetingConnection>;
  /** One member by national member id; null when this province does not hold them. */
  member?: Maybe<Member>;
  /** Members, keyset-paginated: `first` at most 500 (default 50), `after` = a previous page's endCursor. */
  members?: Maybe<MemberConnection>;
  /** One organisation by id; null when not in this province. */
  organisation?: Maybe<PartyOrg>;
  /** Figures for one month, period YYYY-MM (e.g. "2026-10"). */
  report?: Maybe<ProvinceReport>;
  /** The provincial party committee: the root of the organisation tree. */
  rootOrganisation?: Maybe<PartyOrg>;
};


export type ProvinceMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cellId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['String']['input'];
};


export type ProvinceMemberArgs = {
  id: Scalars['ID']['input'];
};


export type ProvinceMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProvinceOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type ProvinceReportArgs = {
  period: Scalars['String']['input'];
};

export type Province01 = Province & {
  __typename?: 'Province01';
  code: Scalars['ID']['output'];
  /** Meetings held in a month (YYYY-MM), optionally of one cell; keyset-paginated like members. */
  meetings?: Maybe<MeetingConnection>;
  /** One member by national member id; null when this province does not hold them. */
  member?: Maybe<Member>;
  /** Members, keyset-paginated: `first` at most 500 (default 50), `after` = a previous page's endCursor. */
  members?: Maybe<MemberConnection>;
  /** One organisation by id; null when not in this province. */
  organisation?: Maybe<PartyOrg>;
  /** Figures for one month, period YYYY-MM (e.g. "2026-10"). */
  report?: Maybe<ProvinceReport>;
  /** The provincial party committee: the root of the organisation tree. */
  rootOrganisation?: Maybe<PartyOrg>;
};


export type Province01MeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cellId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['String']['input'];
};


export type Province01MemberArgs = {
  id: Scalars['ID']['input'];
};


export type Province01MembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type Province01OrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type Province01ReportArgs = {
  period: Scalars['String']['input'];
};

/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutations = {
  __typename?: 'ProvinceMutations';
  /** Corrects fields of a member record. The record keeps every version: who, when, what changed and why (phiếu bổ sung 3-HSĐV). */
  correctMember: CorrectMemberPayload;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsCorrectMemberArgs = {
  input: CorrectMemberInput;
};

/** A province's figures for one month (YYYY-MM), as of the last day of that month. */
export type ProvinceReport = {
  __typename?: 'ProvinceReport';
  /** Last day of the period: member counts are taken as of this date. */
  asOf: Scalars['Date']['output'];
  /** present ÷ expected over the month's meetings; null when no meeting expected anyone. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  /** Active party cells (chi bộ and chi bộ cơ sở). */
  cellCount: Scalars['Int']['output'];
  /** Active cells that held a regular or combined meeting in the month. */
  cellsWithRegularMeeting: Scalars['Int']['output'];
  /** When these figures were computed. */
  computedAt: Scalars['DateTime']['output'];
  femaleCount: Scalars['Int']['output'];
  maleCount: Scalars['Int']['output'];
  /** Meetings held in the month, of any type. */
  meetingsHeld: Scalars['Int']['output'];
  /** Members counted by this province on asOf (official + probationary, exempt and in-transit included). */
  memberCount: Scalars['Int']['output'];
  officialCount: Scalars['Int']['output'];
  /** The period asked for, YYYY-MM. */
  period: Scalars['String']['output'];
  probationaryCount: Scalars['Int']['output'];
};

/** Giới tính. */
export type Sex =
  /** Nam */
  | 'NAM'
  /** Nữ */
  | 'NU';



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
  Province01: Province01;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Province01:
    ( { __typename: 'Province01' }
    & GraphQLRecursivePick<FederationTypes['Province01'], {"code":true}> );
};


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Province: ( Omit<Province01, 'meetings' | 'member' | 'members' | 'organisation' | 'report' | 'rootOrganisation'> & { meetings?: Maybe<_RefType['MeetingConnection']>, member?: Maybe<_RefType['Member']>, members?: Maybe<_RefType['MemberConnection']>, organisation?: Maybe<_RefType['PartyOrg']>, report?: Maybe<_RefType['ProvinceReport']>, rootOrganisation?: Maybe<_RefType['PartyOrg']> } );
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActivityState: ActivityState;
  Attendance: ResolverTypeWrapper<AttendanceRow>;
  CorrectMemberInput: CorrectMemberInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CorrectMemberPayload: ResolverTypeWrapper<Omit<CorrectMemberPayload, 'correction' | 'member'> & { correction: ResolversTypes['MemberCorrection'], member: ResolversTypes['Member'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Meeting: ResolverTypeWrapper<MeetingRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MeetingConnection: ResolverTypeWrapper<Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversTypes['MeetingEdge']> }>;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingType: MeetingType;
  Member: ResolverTypeWrapper<MemberRow>;
  MemberConnection: ResolverTypeWrapper<Omit<MemberConnection, 'edges'> & { edges: Array<ResolversTypes['MemberEdge']> }>;
  MemberCorrection: ResolverTypeWrapper<CorrectionRow>;
  MemberEdge: ResolverTypeWrapper<Omit<MemberEdge, 'node'> & { node: ResolversTypes['Member'] }>;
  MemberFilter: MemberFilter;
  MemberStatus: MemberStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrgLevel: OrgLevel;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PartyOrg: ResolverTypeWrapper<OrgRow>;
  Presence: Presence;
  Province: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Province']>;
  Province01: ResolverTypeWrapper<Omit<Province01, 'meetings' | 'member' | 'members' | 'organisation' | 'report' | 'rootOrganisation'> & { meetings?: Maybe<ResolversTypes['MeetingConnection']>, member?: Maybe<ResolversTypes['Member']>, members?: Maybe<ResolversTypes['MemberConnection']>, organisation?: Maybe<ResolversTypes['PartyOrg']>, report?: Maybe<ResolversTypes['ProvinceReport']>, rootOrganisation?: Maybe<ResolversTypes['PartyOrg']> }>;
  ProvinceMutations: ResolverTypeWrapper<Omit<ProvinceMutations, 'correctMember'> & { correctMember: ResolversTypes['CorrectMemberPayload'] }>;
  ProvinceReport: ResolverTypeWrapper<ReportParent>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Sex: Sex;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Attendance: AttendanceRow;
  CorrectMemberInput: CorrectMemberInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  CorrectMemberPayload: Omit<CorrectMemberPayload, 'correction' | 'member'> & { correction: ResolversParentTypes['MemberCorrection'], member: ResolversParentTypes['Member'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FieldChange: FieldChange;
  Meeting: MeetingRow;
  Int: Scalars['Int']['output'];
  MeetingConnection: Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversParentTypes['MeetingEdge']> };
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  Member: MemberRow;
  MemberConnection: Omit<MemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['MemberEdge']> };
  MemberCorrection: CorrectionRow;
  MemberEdge: Omit<MemberEdge, 'node'> & { node: ResolversParentTypes['Member'] };
  MemberFilter: MemberFilter;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PartyOrg: OrgRow;
  Province: ResolversInterfaceTypes<ResolversParentTypes>['Province'];
  Province01: Omit<Province01, 'meetings' | 'member' | 'members' | 'organisation' | 'report' | 'rootOrganisation'> & { meetings?: Maybe<ResolversParentTypes['MeetingConnection']>, member?: Maybe<ResolversParentTypes['Member']>, members?: Maybe<ResolversParentTypes['MemberConnection']>, organisation?: Maybe<ResolversParentTypes['PartyOrg']>, report?: Maybe<ResolversParentTypes['ProvinceReport']>, rootOrganisation?: Maybe<ResolversParentTypes['PartyOrg']> } | FederationReferenceTypes['Province01'];
  ProvinceMutations: Omit<ProvinceMutations, 'correctMember'> & { correctMember: ResolversParentTypes['CorrectMemberPayload'] };
  ProvinceReport: ReportParent;
  Float: Scalars['Float']['output'];
};

export type AttendanceResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Attendance'] = ResolversParentTypes['Attendance']> = {
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  presence?: Resolver<ResolversTypes['Presence'], ParentType, ContextType>;
};

export type CorrectMemberPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CorrectMemberPayload'] = ResolversParentTypes['CorrectMemberPayload']> = {
  correction?: Resolver<ResolversTypes['MemberCorrection'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FieldChangeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  attendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  cell?: Resolver<ResolversTypes['PartyOrg'], ParentType, ContextType>;
  docsPublishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MeetingType'], ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type MemberResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = {
  admissionDecisionDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  cell?: Resolver<ResolversTypes['PartyOrg'], ParentType, ContextType>;
  citizenId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  corrections?: Resolver<Array<ResolversTypes['MemberCorrection']>, ParentType, ContextType>;
  ethnicityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  officialDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  religionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ActivityState'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MemberStatus'], ParentType, ContextType>;
};

export type MemberConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MemberConnection'] = ResolversParentTypes['MemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberCorrectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MemberCorrection'] = ResolversParentTypes['MemberCorrection']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MemberEdge'] = ResolversParentTypes['MemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  province01?: Resolver<Maybe<ResolversTypes['ProvinceMutations']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartyOrgResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['PartyOrg'] = ResolversParentTypes['PartyOrg']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['PartyOrg']>, ParentType, ContextType>;
  communeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OrgLevel'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['PartyOrg']>, ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province']> = {
  __resolveType: TypeResolveFn<'Province01', ParentType, ContextType>;
};

export type Province01Resolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Province01'] = ResolversParentTypes['Province01'], FederationReferenceType extends FederationReferenceTypes['Province01'] = FederationReferenceTypes['Province01']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province01']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetings?: Resolver<Maybe<ResolversTypes['MeetingConnection']>, ParentType, ContextType, RequireFields<Province01MeetingsArgs, 'first' | 'month'>>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType, RequireFields<Province01MemberArgs, 'id'>>;
  members?: Resolver<Maybe<ResolversTypes['MemberConnection']>, ParentType, ContextType, RequireFields<Province01MembersArgs, 'first'>>;
  organisation?: Resolver<Maybe<ResolversTypes['PartyOrg']>, ParentType, ContextType, RequireFields<Province01OrganisationArgs, 'id'>>;
  report?: Resolver<Maybe<ResolversTypes['ProvinceReport']>, ParentType, ContextType, RequireFields<Province01ReportArgs, 'period'>>;
  rootOrganisation?: Resolver<Maybe<ResolversTypes['PartyOrg']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvinceMutationsResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['ProvinceMutations'] = ResolversParentTypes['ProvinceMutations']> = {
  correctMember?: Resolver<ResolversTypes['CorrectMemberPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsCorrectMemberArgs, 'input'>>;
};

export type ProvinceReportResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['ProvinceReport'] = ResolversParentTypes['ProvinceReport']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  attendanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cellCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cellsWithRegularMeeting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  femaleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetingsHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  officialCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  probationaryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ProvinceContext> = {
  Attendance?: AttendanceResolvers<ContextType>;
  CorrectMemberPayload?: CorrectMemberPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FieldChange?: FieldChangeResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  MemberConnection?: MemberConnectionResolvers<ContextType>;
  MemberCorrection?: MemberCorrectionResolvers<ContextType>;
  MemberEdge?: MemberEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartyOrg?: PartyOrgResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Province01?: Province01Resolvers<ContextType>;
  ProvinceMutations?: ProvinceMutationsResolvers<ContextType>;
  ProvinceReport?: ProvinceReportResolvers<ContextType>;
};

