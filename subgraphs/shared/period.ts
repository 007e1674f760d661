import { badInput } from './errors.ts';

/** A month "YYYY-MM" and its first and last days. */
export interface Period {
  period: string;
  firstDay: string;
  lastDay: string;
}

/** Parses a period argument; BAD_USER_INPUT naming `field` when it is not YYYY-MM with a month 01..12. */
export function parsePeriod(value: string, field = 'period'): Period {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (!m) throw badInput(field, `must be a month as YYYY-MM (e.g. "2026-10"); got ${JSON.stringify(value)}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { period: value, firstDay: `${value}-01`, lastDay: `${value}-${String(last).padStart(2, '0')}` };
}

/** Today's date (YYYY-MM-DD) in Vietnam: months, deadlines and "not in the future" follow local time, not UTC. */
export const todayInVietnam = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
