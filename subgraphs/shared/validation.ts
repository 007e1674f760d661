// Input validation that reports every problem at once: one BAD_USER_INPUT error whose message lists each field
// and whose extensions.fields carries them for programs: [{ field: "input.citizenId", problem: "…" }].
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors.ts';

export interface FieldProblem {
  field: string;
  problem: string;
}

export class FieldErrors {
  readonly problems: FieldProblem[] = [];

  /** Records `problem` for `field` unless `ok`; returns `ok` so callers can skip dependent checks. */
  check(ok: boolean, field: string, problem: string): boolean {
    if (!ok) this.problems.push({ field, problem });
    return ok;
  }

  add(field: string, problem: string): void {
    this.problems.push({ field, problem });
  }

  /** Throws one BAD_USER_INPUT error naming every field at fault; nothing is written before this passes. */
  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const list = this.problems.map((p) => `${p.field}: ${p.problem}`).join('; ');
    throw new GraphQLError(`Invalid input: ${list}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields: this.problems, field: this.problems[0].field },
    });
  }
}
