// Row types of exemption and exits (processes 9 and 10, db.ts): core's, since an exit is core's one path
// (core/memberExit.ts); named here for the area's codegen mappers.
export type { ExemptionReason, ExemptionRow, ExitRow, ExitType } from '../../core/rows.ts';
