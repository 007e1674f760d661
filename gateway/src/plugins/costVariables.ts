// Which of an operation's variables can change its estimated cost (useQueryLimits.ts caches the cost of each
// parsed operation by the values of these alone). The estimator reads only the arguments named in
// COST_ARGUMENTS, and graphql-query-complexity also honours @skip/@include: a variable anywhere else (a
// report's `period`, a page's `after`) leaves the cost as it is, so a dashboard that asks the same query for
// another month costs no second estimate.
import { visit, type ASTNode, type DocumentNode } from 'graphql';

/** The arguments whose values the cost estimator reads. Keep in step with `estimator` (useQueryLimits.ts). */
export const COST_ARGUMENTS: ReadonlySet<string> = new Set(['first', 'codes']);

/** Names of the variables used in a cost argument of any field, or in any directive's argument, of the document. */
export function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ASTNode) => {
    visit(node, {
      Variable(variable) {
        names.add(variable.name.value);
      },
    });
  };
  visit(document, {
    // Not the variables' own definitions: a default value holds no variable, and the definition is not a use.
    VariableDefinition: () => false,
    Field(field) {
      for (const argument of field.arguments ?? []) if (COST_ARGUMENTS.has(argument.name.value)) collect(argument.value);
    },
    Directive(directive) {
      collect(directive);
    },
  });
  return [...names].sort();
}

/**
 * The values of those variables in a request, as a cache key: a variable left out ([]) and one sent as null
 * ([null]) differ, because an omitted `first` takes its default and a null one does not.
 */
export function costVariablesKey(names: readonly string[], variables: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(names.map((name) => (Object.hasOwn(variables, name) ? [variables[name] ?? null] : [])));
}
