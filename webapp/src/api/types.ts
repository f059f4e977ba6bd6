/** Shapes of the JSON the Balai server answers with, under the names the pages import; each is generated (./schema.ts). */
import type { DayOff } from './schema';

export type {
  Province,
  TenantSummary,
  OfficeHours,
  Channels,
  Branding,
  OrgUnit,
  ComplaintCategory,
  Tenant,
  PublicMapSettings,
  DayOff,
  DueDate,
} from './schema';

/** Weekends are implicit and never listed. */
export type DayOffKind = DayOff['kind'];

