// The standard's input rule for every string argument (README "Input rules"): no NUL, no other control character
// (tab, line feed and carriage return excepted), no bidirectional control, at most 20,000 characters; refused
// as BAD_USER_INPUT naming where, before any resolver runs. The legacy database would otherwise fail on a NUL
// inside SQL, or store a name that displays as another.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, visit } from 'graphql';

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/;
const MAX_TEXT_LENGTH = 20_000;

interface Found {
  path: string;
  text: string;
  index: number;
}

function findIn(text: string, path: string): Found | undefined {
  if (text.length > MAX_TEXT_LENGTH && !/(^|\.)csv$/.test(path)) return { path, text, index: -1 };
  const m = FORBIDDEN.exec(text);
  return m ? { path, text, index: m.index } : undefined;
}

function findInValue(value: unknown, path: string): Found | undefined {
  if (typeof value === 'string') return findIn(value, path);
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [`${path}[${i}]`, v])
    : typeof value === 'object' && value !== null
      ? Object.entries(value).map(([k, v]) => [path ? `${path}.${k}` : k, v])
      : [];
  for (const [p, v] of entries) {
    const found = findInValue(v, p);
    if (found) return found;
  }
  return undefined;
}

function describe({ path, text, index }: Found): string {
  if (index < 0) return `${path}: text of ${text.length} characters is longer than any field of the standard takes (${MAX_TEXT_LENGTH})`;
  const code = text.charCodeAt(index);
  const name = code === 0 ? 'the NUL character' : code >= 0x200e ? 'a bidirectional control character' : 'a control character';
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const where = line > 1 ? `line ${line}, column ${index - before.lastIndexOf('\n')}` : `position ${index + 1}`;
  return `${path}: text may not contain ${name} (U+${code.toString(16).toUpperCase().padStart(4, '0')}, at ${where})`;
}

export function refuseControlCharacters<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let found = findInValue(request.variables ?? {}, '');
          if (!found) {
            visit(document, {
              StringValue(node) {
                found ??= findIn(node.value, 'a string argument');
              },
            });
          }
          if (found) throw new GraphQLError(describe(found), { extensions: { code: 'BAD_USER_INPUT', field: found.path, http: { status: 400 } } });
        },
      };
    },
  };
}
