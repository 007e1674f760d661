// Access (README "Access"): the province's audit log, for its province officers. The access rules themselves
// hold for every area at once and are core's (core/access.ts, core/accessGuard.ts, core/readAudit.ts).
import type { Area } from '../../core/area.ts';
import { accessMappers } from './mappers.ts';
import { accessProvinceFields, auditEntryResolvers } from './resolvers.ts';

export const accessArea: Area<undefined> = {
  name: 'access',
  resolvers: {
    Province01: accessProvinceFields,
    AuditEntry: auditEntryResolvers,
  },
  mappers: accessMappers,
};
