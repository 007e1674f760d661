// Query limits at the gateway (README "Access"): an operation too deep, with too many aliases or too costly is
// refused once parsed and validated, before the query planner or any subgraph sees it. The token limit is the
// parser's own (graphql-js maxTokens, set in createGateway): a huge document is not even parsed.
//
// The cost is an estimate of the work the federation would do, computed with graphql-query-complexity: every
// field costs 1, a field returning a list or a page multiplies the cost of its selection by how many items it
// may return: `first` (its default when omitted; a page's `edges` then count once), the number of `codes` for
// `provinces` (all 34 when omitted), and DEFAULT_LIST_SIZE for other lists. So `{ provinces { report { …every figure… } } }` costs about
// 34 × 60, and `{ provinces { members(first: 500) { … } } }` about 34 × 500 × its fields.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNullableType, getVariableValues, GraphQLError, GraphQLList, Kind,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../../../schema/errorCodes.ts';
import { provinces } from '../../../schema/provinces.ts';
import { costVariables, costVariablesKey } from './costVariables.ts';

export interface QueryLimits {
  /** Deepest field nesting (introspection's own is bounded by graphql-js: shapeOf). GATEWAY_MAX_DEPTH, default 12. */
  maxDepth: number;
  /** Most aliased fields in one operation, introspection's too (fragments counted where spread). GATEWAY_MAX_ALIASES, default 30. */
  maxAliases: number;
  /** Most lexical tokens in a document (the parser stops there). GATEWAY_MAX_TOKENS, default 5000. */
  maxTokens: number;
  /** Highest estimated cost (above). GATEWAY_MAX_COST, default 50000. */
  maxCost: number;
}

/**
 * Measured on the national schema (estimator below over schema/supergraph.graphql): the analyst's national query
 * with every report figure of every area costs 4,829 and nests 4 deep; a province officer's page of 500 members
 * with cells and three levels of parents costs 12,002 and nests 10; a page of 500 members from every province
 * costs 153,035. The limits leave room above the first two and stop the third.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxTokens: 5000, maxCost: 50_000 };

/** Assumed length of a list that has no `first` argument (children of an organisation, attendance …). */
export const DEFAULT_LIST_SIZE = 10;

type QueryLimitCode = typeof ErrorCode.QUERY_TOO_DEEP | typeof ErrorCode.TOO_MANY_ALIASES | typeof ErrorCode.QUERY_TOO_COSTLY;

function refuse(code: QueryLimitCode, message: string, extensions: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

/**
 * The cost of one field (exported so that the figures above can be measured again). It reads no argument but
 * those of COST_ARGUMENTS (costVariables.ts): the cost cache below relies on it.
 */
export const estimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  // Introspection (GraphiQL's schema query) is served by the gateway alone: free.
  if (field.name.startsWith('__')) return 0;
  let items = 1;
  if (typeof args.first === 'number') items = Math.max(args.first, 1);
  else if (field.name === 'provinces') items = Array.isArray(args.codes) ? args.codes.length : provinces.length;
  // A page's edges are the `first` its connection field already counted.
  else if (field.name === 'edges') items = 1;
  else if (getNullableType(field.type) instanceof GraphQLList) items = DEFAULT_LIST_SIZE;
  return 1 + items * childComplexity;
};

interface Shape {
  /** Deepest nesting outside introspection. */
  depth: number;
  /** Aliased fields, introspection included: 230 aliases of `__schema` made a 39 MB answer when they were not. */
  aliases: number;
  /** `__schema` fields (each answers the whole schema). */
  schemas: number;
}

/**
 * Introspection's nesting is not counted as depth: GraphiQL's own schema query nests ~13 deep through `ofType`.
 * Its recursions (`fields { type { ofType { fields … } } }`, whose answer multiplies by the schema's width at every
 * turn) are refused by graphql-js's own validation rule, MaxIntrospectionDepthRule, which Apollo Server runs.
 */
const MAX_SCHEMA_FIELDS = 1;

/** Depth, aliases and `__schema` fields of an operation, fragments expanded where spread (a cycle counts once). */
function shapeOf(operation: OperationDefinitionNode, document: DocumentNode): Shape {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const walk = (set: SelectionSetNode, depth: number, introspecting: boolean, spreading: Set<string>): Shape => {
    let shape: Shape = { depth, aliases: 0, schemas: 0 };
    const merge = (inner: Shape) => {
      shape = { depth: Math.max(shape.depth, inner.depth), aliases: shape.aliases + inner.aliases, schemas: shape.schemas + inner.schemas };
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (selection.alias) shape.aliases += 1;
        if (name === '__schema') shape.schemas += 1;
        const inside = introspecting || name.startsWith('__');
        // Inside introspection the depth stays where introspection began.
        const next = inside ? depth : depth + 1;
        if (selection.selectionSet) merge(walk(selection.selectionSet, next, inside, spreading));
        else merge({ depth: next, aliases: 0, schemas: 0 });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        merge(walk(selection.selectionSet, depth, introspecting, spreading));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || spreading.has(name)) continue;
        merge(walk(fragment.selectionSet, depth, introspecting, new Set([...spreading, name])));
      }
    }
    return shape;
  };
  return walk(operation.selectionSet, 0, false, new Set());
}

/** What is known of one parsed operation: its shape, and its cost by the values of its cost variables. */
interface Analysis {
  schema: GraphQLSchema;
  shape: Shape;
  costVariables: readonly string[];
  costs: Map<string, number>;
}

/** Costs kept per operation: one per distinct `first`/`codes`/@skip value; a client that varies them freely cannot grow it. */
const COSTS_PER_OPERATION = 64;

/**
 * Analyses by operation node. Apollo Server keeps each parsed document (its document store, by query hash) and
 * hands the same DocumentNode to every request with that text, so a dashboard's query is walked once, not on
 * every request (the complexity visitor cost ~1 ms per national query, BENCHMARKS.md). Weak: an operation
 * Apollo forgets is forgotten here too.
 */
const analyses = new WeakMap<OperationDefinitionNode, Analysis>();

function analysisOf(operation: OperationDefinitionNode, document: DocumentNode, schema: GraphQLSchema): Analysis {
  let analysis = analyses.get(operation);
  // A new schema (a supergraph update) costs fields anew.
  if (!analysis || analysis.schema !== schema) {
    analysis = { schema, shape: shapeOf(operation, document), costVariables: costVariables(document), costs: new Map() };
    analyses.set(operation, analysis);
  }
  return analysis;
}

/** The Apollo plugin that enforces depth, aliases and cost (tokens: pass maxTokens to the parser). */
export function useQueryLimits(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation) return; // Apollo has already refused a document without the named operation
          const analysis = analysisOf(operation, document, schema);
          const { depth, aliases } = analysis.shape;
          if (depth > limits.maxDepth) {
            throw refuse(ErrorCode.QUERY_TOO_DEEP, `The query nests ${depth} levels deep; the limit is ${limits.maxDepth}`, { depth, maxDepth: limits.maxDepth });
          }
          if (aliases > limits.maxAliases) {
            throw refuse(ErrorCode.TOO_MANY_ALIASES, `The query has ${aliases} aliases; the limit is ${limits.maxAliases}`, { aliases, maxAliases: limits.maxAliases });
          }
          const { schemas } = analysis.shape;
          if (schemas > MAX_SCHEMA_FIELDS) {
            throw refuse(ErrorCode.QUERY_TOO_COSTLY, `The query asks for the whole schema (__schema) ${schemas} times; once is enough`, { schemas, maxSchemas: MAX_SCHEMA_FIELDS });
          }
          const variables = request.variables ?? {};
          const key = costVariablesKey(analysis.costVariables, variables);
          let cost = analysis.costs.get(key);
          // Variables that do not fit the operation are refused by getComplexity below (never from the cache).
          if (cost !== undefined && operation.variableDefinitions?.length && getVariableValues(schema, operation.variableDefinitions, variables).errors) {
            cost = undefined;
          }
          if (cost === undefined) cost = costOf(analysis, key, { schema, document, operationName: operation.name?.value, variables });
          if (cost > limits.maxCost) {
            throw refuse(
              ErrorCode.QUERY_TOO_COSTLY,
              `The query's estimated cost is ${cost}; the limit is ${limits.maxCost}. Ask for fewer items (first), fewer provinces (codes) or fewer nested lists, and page through the rest`,
              { cost, maxCost: limits.maxCost },
            );
          }
        },
      };
    },
  };
}

/** The estimate by graphql-query-complexity, remembered under `key` (the values of the cost variables). */
function costOf(
  analysis: Analysis,
  key: string,
  request: { schema: GraphQLSchema; document: DocumentNode; operationName: string | undefined; variables: Record<string, unknown> },
): number {
  let cost: number;
  try {
    cost = getComplexity({
      schema: request.schema,
      query: request.document,
      operationName: request.operationName,
      variables: request.variables,
      estimators: [estimator],
    });
  } catch (error) {
    // Variables that do not fit the operation: refused here, so no subgraph gets them either.
    throw new GraphQLError(error instanceof Error ? error.message : String(error), {
      extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
    });
  }
  if (analysis.costs.size >= COSTS_PER_OPERATION) analysis.costs.clear();
  analysis.costs.set(key, cost);
  return cost;
}
