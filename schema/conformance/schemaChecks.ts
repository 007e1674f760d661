// Group 3, schema compatibility: @graphql-inspector/core's diff(standard, served), read with the standard's own
// rules. Whatever the province serves beyond the standard is its business; what the standard has must be served
// as the standard has it. One rule is stricter than a client-compatibility check: an output field the standard
// declares nullable must stay nullable (inspector calls T → T! safe), because a province that fails yields null
// for its own fields instead of nulling the national answer (docs/architecture.md).
import { ChangeType, CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { isEnumType } from 'graphql';
import { result, resultOf, type KitContext } from './context.ts';
import { schemaOfSdl } from './standard.ts';
import type { CheckResult } from './types.ts';

const REMOVED: string[] = [
  ChangeType.TypeRemoved,
  ChangeType.FieldRemoved,
  ChangeType.FieldArgumentRemoved,
  ChangeType.InputFieldRemoved,
  ChangeType.EnumValueRemoved,
  ChangeType.UnionMemberRemoved,
  ChangeType.ObjectTypeInterfaceRemoved,
];
const DEFAULTS: string[] = [ChangeType.FieldArgumentDefaultChanged, ChangeType.InputFieldDefaultValueChanged];
/** The federation directives of the standard (its @link imports them): how the province's types compose. */
const FEDERATION_DIRECTIVES = new Set(['key', 'shareable']);

/** `Province01.report` from inspector's path; the schema itself is "." */
const where = (c: Change) => c.path ?? '(schema)';

/** T → T!, [T] → [T!]: the same type made stricter in nullability only. */
function onlyStricter(oldType: string, newType: string): boolean {
  return oldType.replaceAll('!', '') === newType.replaceAll('!', '') && newType.split('!').length > oldType.split('!').length;
}

export async function schemaChecks(ctx: KitContext): Promise<CheckResult[]> {
  const names = [
    'every type, field, argument, input field and enum value of the standard is served',
    'every field and argument has the standard\'s type',
    'fields the standard declares nullable are nullable',
    'arguments and input fields have the standard\'s defaults',
    'federation directives (@key, @shareable) as in the standard',
  ];
  if (!ctx.servedSdl) return names.map((n) => result('schema', n, 'skip', ['_service.sdl was not read (see federation)']));
  let served;
  try {
    served = schemaOfSdl(ctx.servedSdl);
  } catch (error) {
    return names.map((n) => result('schema', n, 'fail', [`_service.sdl: ${(error as Error).message}`]));
  }
  const changes = await diff(ctx.standard, served);
  const removed: string[] = [];
  const types: string[] = [];
  const nullable: string[] = [];
  const defaults: string[] = [];
  const directives: string[] = [];
  const extraEnumValues: string[] = [];
  for (const c of changes) {
    if (REMOVED.includes(c.type)) removed.push(`${where(c)}: ${c.message} (the standard has it)`);
    else if (c.type === ChangeType.FieldTypeChanged) {
      const { oldFieldType, newFieldType } = c.meta as { oldFieldType: string; newFieldType: string };
      if (onlyStricter(oldFieldType, newFieldType)) {
        nullable.push(`${where(c)}: the standard says ${oldFieldType} (nullable), served ${newFieldType}`);
      } else types.push(`${where(c)}: the standard says ${oldFieldType}, served ${newFieldType}`);
    } else if (DEFAULTS.includes(c.type)) defaults.push(`${where(c)}: ${c.message}`);
    else if (c.type.startsWith('DIRECTIVE_USAGE_') && c.type.endsWith('_REMOVED')) {
      const name = (c.meta as { removedDirectiveName?: string }).removedDirectiveName ?? /'(\w+)'/.exec(c.message)?.[1];
      if (name && FEDERATION_DIRECTIVES.has(name)) directives.push(`${where(c)}: @${name} is missing (the standard has it)`);
    } else if (c.type === ChangeType.EnumValueAdded) {
      // only the standard's own enums (a served SDL also defines federation's link__Purpose, …)
      if (isEnumType(ctx.standard.getType((c.meta as { enumName: string }).enumName))) extraEnumValues.push(`${where(c)}: not a value of the standard's enum`);
    } else if (c.criticality.level === CriticalityLevel.Breaking) {
      // TYPE_KIND_CHANGED, an argument or input field's type, a required argument or input field added, …
      types.push(`${where(c)}: ${c.message}`);
    }
  }
  const out = [
    resultOf('schema', names[0]!, removed),
    resultOf('schema', names[1]!, types),
    resultOf('schema', names[2]!, nullable),
    resultOf('schema', names[3]!, defaults),
    resultOf('schema', names[4]!, directives),
  ];
  if (extraEnumValues.length) {
    // Composition accepts them (an output enum is merged), but national clients do not know them.
    const stdEnums = Object.values(ctx.standard.getTypeMap()).filter(isEnumType).length;
    out.push(result('schema', `enums as in the standard (${stdEnums} enums)`, 'warn', extraEnumValues));
  }
  return out;
}
