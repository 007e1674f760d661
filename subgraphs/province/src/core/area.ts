// What an area of the standard (admission, cards, fees …) registers, in one object: areas/index.ts lists them
// (AREAS) and every registration point reads that list: the resolver map, the loaders, the access guard's field
// lists, the seed order and the codegen mappers (areas/mappers.ts, see there why it is a file of its own).
import type { PoolClient } from '../../../shared/db.ts';
import type { ProvinceRules } from '../config.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import type { ProvinceDb } from './ProvinceDb.ts';
import type { RecordPart } from './recordParts.ts';

/**
 * The key under which an area's resolvers name this province's ProvinceNN type. Every ProvinceNN comes from one
 * template, so the types generated for province 01 describe all 34 (codegen.ts): the resolver map puts these
 * fields under provinceTypeName(code) of the province it serves.
 */
export const PROVINCE_TYPE_TEMPLATE = 'Province01';

/** Field resolvers by GraphQL type, typed by codegen. Mutation's root field provinceNN is core's (resolverMap.ts). */
export type AreaResolvers = Omit<Resolvers, 'Mutation' | 'Date' | 'DateTime'>;

/** The loaders of one request, by name (`ctx.loaders.<name>`). */
export type LoaderFactory = (db: ProvinceDb) => object;

/** Which ProvinceNN fields (and fields of other types) each role may read, as the access guard applies them. */
export interface AreaFieldAccess {
  /** ProvinceNN fields CENTRAL_ANALYST reads: figures, configuration, hashes; never a record. */
  analyst?: readonly string[];
  /** ProvinceNN fields a province's SYSTEM identity (carrier, report push) reads. */
  system?: readonly string[];
  /** ProvinceNN fields whose lists span the whole province: for province-wide roles only. */
  provinceWide?: readonly string[];
  /** Direct identifiers outside Member, by type: for the province's own officers only. */
  identifying?: Readonly<Record<string, readonly string[]>>;
  /**
   * Whole-number fields an analyst reads that are not counts of anything (a year, a configured percentage, a
   * revision number), as "Type.field". Every other Int an analyst reads must be a rounded count (a multiple of 5):
   * the access guard refuses an answer that is not (docs/disclosure-control.md).
   */
  notCounts?: readonly string[];
}

export interface AreaSeedContext {
  code: string;
  /** 'YYYY-MM-DD', the "today" of the data set. */
  asOf: string;
  seed: number;
  scale: number;
  /** The configured rules the data must follow (fee rates, the HTXS cap). */
  rules: ProvinceRules;
}

/**
 * An area's demo data. seedProvince runs the seeders in AREAS order, in its transaction, after the organisation
 * tree, members and meetings exist. Seeders are set-based SQL over those rows and deterministic: choices come
 * from hashes of row ids and the seed (e.g. `hashtext(id::text || $seed || 'cards') % 100 < 90`), never from
 * random() or now(): "today" is ctx.asOf.
 */
export interface AreaSeeder {
  /** Shown in progress and errors, e.g. "party cards". */
  name: string;
  run(client: PoolClient, ctx: AreaSeedContext): Promise<void>;
}

/** GraphQL type -> row type, as `path/from/src.ts#RowName` (codegen.ts makes it relative to generated/). */
export type AreaMappers = Readonly<Record<string, string>>;

/**
 * One area. Declare it with its loader factory's type, `export const feesArea: Area<typeof createFeesLoaders>`
 * (Area<undefined> without loaders): the annotation keeps ctx.loaders typed (areas/index.ts Loaders) without a
 * circular inference through the resolvers' context type.
 */
export interface Area<L extends LoaderFactory | undefined = LoaderFactory | undefined> {
  /** Folder name under areas/, e.g. "fees". */
  name: string;
  resolvers: AreaResolvers;
  /** Per-request loaders, merged into ctx.loaders (a name two areas use stops the start). */
  loaders?: L;
  access?: AreaFieldAccess;
  seed?: AreaSeeder;
  /** The area's codegen mappers (its mappers.ts), also collected by areas/mappers.ts for codegen. */
  mappers?: AreaMappers;
  /** What of the member's record the area keeps and a transfer carries to the destination (core/recordParts.ts). */
  recordParts?: readonly RecordPart[];
}
