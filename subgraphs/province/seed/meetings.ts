// A cell's meetings over the 12 months ending with asOf's month (who attended them: attendance.ts). Each cell has habits
// (its usual day and hour, whether it folds the quarterly thematic meeting into the regular one, whether it
// often skips a month) so that compliance and attendance reports have something to find.
import type { MeetingType } from '../src/core/rows.ts';
import { vietnamTimestamp, type CalendarMonth } from './calendar.ts';
import { meetingTopic } from './meetingTopics.ts';
import type { CellPlan, CellProfile } from './orgTree.ts';
import { Random, Weighted, WeightedRanges } from './random.ts';
import { Stream, type SeedContext } from './seedContext.ts';

export interface MeetingPlan {
  id: string;
  type: MeetingType;
  topic: string;
  /** Local (Vietnam) date of the meeting, as a day number: members are expected if counted on it. */
  day: number;
  startedAt: string;
  endedAt: string;
  docsPublishedAt: string;
}

interface MeetingHabits {
  /** Day of the month the cell usually meets (many meet in the first days, as Hà Nội's cells do). */
  preferredDay: number;
  startMinute: number;
  /** Share of months the cell holds no meeting: ~5% overall, concentrated in weak cells. */
  skipRate: number;
  /** Holds the quarterly thematic meeting together with the quarter's last regular one (COMBINED). */
  combinesThematic: boolean;
  /** Otherwise the thematic meeting falls in this month of each quarter (0..2). */
  thematicMonthInQuarter: number;
}

const PREFERRED_DAY = new WeightedRanges([[1, 5, 45], [6, 10, 25], [11, 20, 20], [21, 28, 10]]);
// Minutes after local midnight, 07:30 to 19:30: hamlet cells meet in the evening, workplaces in office hours.
const START_MINUTE: Record<CellProfile, Weighted<number>> = {
  RESIDENTIAL: new Weighted([[19 * 60, 30], [19 * 60 + 30, 25], [14 * 60, 20], [7 * 60 + 30, 15], [8 * 60, 10]]),
  WORKPLACE: new Weighted([[7 * 60 + 30, 20], [8 * 60, 20], [14 * 60, 25], [15 * 60, 15], [16 * 60, 15], [17 * 60, 5]]),
};
const EARLIEST_START = 7 * 60 + 30;
const LATEST_START = 19 * 60 + 30;
// HD 42-HD/BTCTW asks for >= 90 minutes (120 combined): most cells comply, some do not.
const DURATION: Record<MeetingType, WeightedRanges> = {
  REGULAR: new WeightedRanges([[60, 89, 15], [90, 120, 65], [121, 150, 20]]),
  COMBINED: new WeightedRanges([[90, 119, 20], [120, 150, 80]]),
  THEMATIC: new WeightedRanges([[60, 89, 20], [90, 150, 80]]),
  EXTRAORDINARY: new WeightedRanges([[60, 120, 100]]),
};
// Documents go on the Sổ tay 1-5 days ahead; some secretaries post them the same day (flagged by reports).
const DOCS_LEAD_MINUTES = new WeightedRanges([[24 * 60, 5 * 24 * 60, 85], [60, 24 * 60 - 1, 15]]);
const WEAK_CELL_SHARE = 0.15;
const COMBINING_CELL_SHARE = 0.8;
const EXTRA_THEMATIC_SHARE = 0.04;
const EXTRAORDINARY_SHARE = 0.02;

export function cellMeetings(context: SeedContext, cell: CellPlan): MeetingPlan[] {
  const random = new Random(...context.keys, Stream.MEETINGS, cell.index);
  const habits: MeetingHabits = {
    preferredDay: PREFERRED_DAY.drawInt(random),
    startMinute: START_MINUTE[cell.profile].draw(random),
    skipRate: random.chance(WEAK_CELL_SHARE) ? 0.22 : 0.02,
    combinesThematic: random.chance(COMBINING_CELL_SHARE),
    thematicMonthInQuarter: random.int(0, 2),
  };
  const meetings: MeetingPlan[] = [];
  for (const month of context.months) {
    if (random.chance(habits.skipRate)) continue;
    // Held meetings lie before asOf: asOf is "today" (npm start seeds as of today), and a meeting later today
    // would be held in the future. In asOf's own month only the days before it have happened.
    const lastDay = Math.min(month.lastDay, context.asOfDay - 1);
    if (lastDay < month.firstDay) continue;
    const quarterEnd = month.month % 3 === 0;
    const regularType: MeetingType = quarterEnd && habits.combinesThematic ? 'COMBINED' : 'REGULAR';
    let regularDay = month.firstDay + habits.preferredDay - 1 + random.int(-2, 2);
    if (regularDay > lastDay) regularDay = random.int(month.firstDay, lastDay);
    regularDay = Math.max(regularDay, month.firstDay);
    meetings.push(meeting(random, regularType, regularDay, habits.startMinute, month));

    const thematicDue = !habits.combinesThematic && (month.month - 1) % 3 === habits.thematicMonthInQuarter;
    if ((thematicDue || random.chance(EXTRA_THEMATIC_SHARE)) && lastDay > month.firstDay) {
      meetings.push(meeting(random, 'THEMATIC', otherDay(random, month.firstDay, lastDay, regularDay), habits.startMinute, month));
    }
    if (random.chance(EXTRAORDINARY_SHARE) && lastDay > month.firstDay) {
      const startMinute = START_MINUTE[cell.profile].draw(random);
      meetings.push(meeting(random, 'EXTRAORDINARY', otherDay(random, month.firstDay, lastDay, regularDay), startMinute, month));
    }
  }
  return meetings.sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0));
}

/** A day in [first, last] other than `taken` (the range has at least two days). */
function otherDay(random: Random, first: number, last: number, taken: number): number {
  const day = random.int(first, last - 1);
  return day >= taken ? day + 1 : day;
}

function meeting(random: Random, type: MeetingType, day: number, usualStart: number, month: CalendarMonth): MeetingPlan {
  const startMinute = Math.min(LATEST_START, Math.max(EARLIEST_START, usualStart + 15 * random.int(-1, 1)));
  const start = day * 24 * 60 + startMinute;
  return {
    id: random.uuid(),
    type,
    topic: meetingTopic(random, type, month.month, month.year),
    day,
    startedAt: vietnamTimestamp(start),
    endedAt: vietnamTimestamp(start + DURATION[type].drawInt(random)),
    docsPublishedAt: vietnamTimestamp(start - DOCS_LEAD_MINUTES.drawInt(random)),
  };
}
