// Characters no text of the records may hold, refused up front for every string argument of every operation (one
// place for all mutations and queries), as the caller's mistake:
//  - NUL (U+0000): PostgreSQL text cannot hold it; it would fail inside SQL as an internal error;
//  - the other C0 and C1 control characters (tab, line feed and carriage return excepted: notes and CSV files
//    have lines), which no form produces and which corrupt what other programs print;
//  - the bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C): a right-to-left override
//    in a name makes it display as another name ("Trojan Source");
//  - text longer than MAX_TEXT_LENGTH (the longest field of the standard, a directive's body), except a bulk
//    upload's `csv`: each field keeps its own rule, this bounds what reaches a resolver at all.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from './errors.ts';

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/;

export const MAX_TEXT_LENGTH = 20_000;

/** Index of the first character no text of the records may hold, or -1 (also for data already stored). */
export const forbiddenCharacterIndex = (text: string): number => text.search(FORBIDDEN);

interface Found {
  path: string;
  text: string;
  /** Where the forbidden character is; -1: the text is too long. */
  index: number;
}

function findIn(text: string, path: string): Found | undefined {
  if (text.length > MAX_TEXT_LENGTH && !/(^|\.)csv$/.test(path)) return { path, text, index: -1 };
  const m = FORBIDDEN.exec(text);
  return m ? { path, text, index: m.index } : undefined;
}

/** The first string holding a forbidden character in a JSON-like value (the variables), or undefined. */
function findInValue(value: unknown, path: string): Found | undefined {
  if (typeof value === 'string') return findIn(value, path);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findInValue(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const found = findInValue(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return undefined;
}

function findInDocument(document: DocumentNode): Found | undefined {
  let found: Found | undefined;
  visit(document, {
    StringValue(node) {
      found ??= findIn(node.value, 'a string argument');
    },
  });
  return found;
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

export function refuseControlCharactersPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const found = findInValue(request.variables ?? {}, '') ?? findInDocument(document);
          if (found) {
            throw new GraphQLError(describe(found), {
              extensions: { code: ErrorCode.BAD_USER_INPUT, field: found.path, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
