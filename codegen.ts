// graphql-codegen: typed resolvers for the two subgraphs, from the same SDL builders the servers and the
// composition use (schema/sdl.ts), so the types cannot drift from what is served; and the dashboard's typed
// operations (client preset), from its .graphql files and the API schema clients see (the supergraph's).
//   npm run codegen          writes subgraphs/*/src/generated/resolvers.ts and gateway/dashboard/generated/ (committed)
//   npm run codegen:check    exits 1 when a committed file differs from a fresh run (scripts/codegenCheck.ts)
//
// Federation 2 SDL (`extend schema @link(...)`, @shareable) is fed to codegen as is: codegen builds the schema with
// assumeValidSDL, so the undeclared Fed 2 directives are carried without error, and `federation: true` reads
// @key from the AST (measured: __resolveReference and FederationReferenceTypes come out for every @key type).
// Codegen would inject the Federation 1 directive definitions (`@key(fields: _FieldSet!)` and a `_FieldSet`
// scalar) into the types; we turn that off so no `_FieldSet` scalar leaks into Scalars. buildSubgraphSchema in
// each server is what validates the SDL as Federation 2.
import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { ClientPresetConfig } from '@graphql-codegen/client-preset';
import { printSchema } from 'graphql';
import type { TypeScriptResolversPluginConfig } from '@graphql-codegen/typescript-resolvers';
import type { TypeScriptPluginConfig } from '@graphql-codegen/typescript';
import { provinces, provinceTypeName } from './schema/provinces.ts';
import { centralSdl, provinceSdl } from './schema/sdl.ts';
// The province's mappers come from its areas' side-effect-free declarations, not from AREAS: importing the areas
// would load their resolvers, which read rules files and the environment (see areas/mappers.ts).
import { AREA_MAPPERS, mergeMappers } from './subgraphs/province/src/areas/mappers.ts';

/** Outputs, relative to the repo root (codegen runs there: `npm run codegen`). */
const GENERATED_FILES = {
  central: 'subgraphs/central/src/generated/resolvers.ts',
  province: 'subgraphs/province/src/generated/resolvers.ts',
  /** The client preset writes a folder: graphql.ts (operation types and documents), gql.ts, index.ts. */
  dashboard: 'gateway/dashboard/generated/',
} as const;

/** The dashboard's operations: one file per panel of the page. */
const DASHBOARD_OPERATIONS = 'gateway/dashboard/operations/*.graphql';

/**
 * The schema a client sees through the gateway: the supergraph's API schema (no join__ directives, no
 * inaccessible fields), as test/examples.test.ts validates the examples against it.
 */
function apiSchemaSdl(): string {
  const supergraph = readFileSync(new URL('./schema/supergraph.graphql', import.meta.url), 'utf8');
  return printSchema(Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema());
}

// Every province subgraph comes from the same templates (schema/sdl/province/): only the names ProvinceNN and the
// root field Mutation.provinceNN change with the code. So the types generated for province 01 describe all 34
// instances: province code uses Province01Resolvers (and MutationResolvers['province01']) for whichever province
// it serves. Generating 34 files that differ only in those names would add nothing.
const TEMPLATE_PROVINCE = '01';

// Mapper and context paths are written into the generated file's imports, so they are relative to it.
const CENTRAL_ROWS = '../db/rows.ts';

/** Read by @graphql-codegen/core itself (codegen.js), not by a plugin, so no plugin's config type names it. */
interface CoreConfig {
  disableFederationDirectiveAndScalarInjection?: boolean;
}

const shared: TypeScriptPluginConfig & TypeScriptResolversPluginConfig & CoreConfig = {
  federation: true,
  disableFederationDirectiveAndScalarInjection: true,
  // Enums as string unions: the row types (rows.ts files) hold enum values as string literals ('CHINH_THUC'), which a
  // TS `enum` would not accept without casts.
  enumsAsTypes: true,
  // `import type` everywhere: tsx runs the files without a build step, and the imports are types only.
  useTypeImports: true,
  // No index signature: with it every *Resolvers type is `T & Record<string, any>`, so a mistyped field name
  // (`fulName`) type-checks, and buildSubgraphSchema silently ignores resolvers for unknown fields (measured).
  // The price is one cast where the map enters buildSubgraphSchema (its GraphQLResolverMap<unknown> has an index
  // signature and an `unknown` context): `resolvers as GraphQLResolverMap<unknown>`, imported as a type from
  // '@apollo/subgraph/dist/schema-helper/index.js'.
  useIndexSignature: false,
  // Strings on the wire (subgraphs/shared/scalars.ts); a resolver may return a pg `Date` for DateTime, which the
  // scalar serialises. strictScalars makes a new scalar without a mapping fail codegen instead of becoming `any`.
  strictScalars: true,
  scalars: {
    Date: 'string',
    DateTime: { input: 'string', output: 'string | Date' },
  },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    [GENERATED_FILES.province]: {
      schema: provinceSdl(TEMPLATE_PROVINCE),
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../context.ts#ProvinceContext',
        // Each area declares its own (areas/<area>/mappers.ts, collected by areas/mappers.ts): the row types live
        // in the area's folder, paths from src/.
        mappers: Object.fromEntries(Object.entries(mergeMappers(AREA_MAPPERS)).map(([type, row]) => [type, `../${row}`])),
      },
    },
    [GENERATED_FILES.central]: {
      schema: centralSdl(),
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../context.ts#CentralContext',
        // The Province interface and every ProvinceNN registry type resolve from the same registry row.
        mappers: {
          ...Object.fromEntries(
            ['Province', ...provinces.map((p) => provinceTypeName(p.code))].map((t) => [t, `${CENTRAL_ROWS}#ProvinceRow`]),
          ),
          CentralSubmission: `${CENTRAL_ROWS}#CentralSubmissionRow`,
          NationalReport: `${CENTRAL_ROWS}#NationalReportParent`,
          NationalReportLine: `${CENTRAL_ROWS}#NationalReportLineParent`,
          NationalCheck: `${CENTRAL_ROWS}#NationalCheckRow`,
        },
      },
    },
    [GENERATED_FILES.dashboard]: {
      schema: apiSchemaSdl(),
      documents: DASHBOARD_OPERATIONS,
      preset: 'client',
      presetConfig: {
        // Fragments only share a selection between aliases (trend.graphql); masking would hide their fields.
        fragmentMasking: false,
      } satisfies ClientPresetConfig,
      config: {
        // The query text itself (TypedDocumentString), not a graphql-js AST: the page POSTs it with fetch and
        // needs no graphql-js in its bundle to print it back.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string' },
        // `./graphql.js`, not `./graphql`: the repo's TypeScript resolves ES modules as Node does (NodeNext).
        emitLegacyCommonJSImports: false,
      },
    },
  },
};

export default config;
