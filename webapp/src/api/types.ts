/** Shapes of the JSON the Balai server answers with. */

export interface Province {
  code: string;
  name: string;
}

/** An element of `GET /api/tenants`. */
export interface TenantSummary {
  slug: string;
  name: string;
  province: Province;
  timeZone: string;
}

export interface OfficeHours {
  open: string;
  close: string;
  fridayClose?: string | null;
}

export interface Channels {
  website?: string | null;
  smsNumber?: string | null;
  email?: string | null;
}

export interface Branding {
  primaryColor?: string | null;
}

export interface OrgUnit {
  code: string;
  name: string;
  nameEn?: string | null;
  hostsSpikm?: boolean;
  hostsPpidUtama?: boolean;
  kind: string;
  ppidPembantu: boolean;
  children?: OrgUnit[];
  /** The village head's or lurah's decree that set up the unit's PPID Pembantu (Perbup LT Pasal 8(6)). */
  ppidDecree?: { title: string; number: string; date: string } | null;
}

export interface ComplaintCategory {
  code: string;
  name: string;
  nameEn: string;
  routeTo: string;
}

/** `GET /api/t/{slug}` and `GET /api/tenants/current`. */
export interface Tenant {
  slug: string;
  name: string;
  shortCode: string;
  regionCode: string;
  province: Province;
  /** WIB, WITA or WIT. */
  timeZone: string;
  /** IANA zone, e.g. Asia/Jakarta. */
  zoneId: string;
  /** The channels a citizen may choose to hear back on: EMAIL, SMS, WHATSAPP (issue 16). */
  notificationChannels?: string[];
  officeHours: OfficeHours;
  channels: Channels;
  branding: Branding;
  orgUnits: OrgUnit[];
  complaintCategories: ComplaintCategory[];
  parameters: Record<string, unknown>;
  /** The portal's maps (tenant file `map`); older servers may leave it out. */
  map?: PublicMapSettings;
}

/** Tile template on one host, its credit, and where the maps open. */
export interface PublicMapSettings {
  tiles: string;
  attribution: string;
  maxZoom: number;
  latitude: number;
  longitude: number;
  zoom: number;
}

/** Weekends are implicit and never listed. */
export type DayOffKind = 'NATIONAL_HOLIDAY' | 'CUTI_BERSAMA' | 'TENANT_DAY_OFF';

export interface DayOff {
  /** YYYY-MM-DD */
  date: string;
  kind: DayOffKind;
  name: string;
}

/** `GET /api/t/{slug}/calendar/due`. */
export interface DueDate {
  from: string;
  receivedOn: string;
  workingDays: number;
  due: string;
  daysOff: DayOff[];
}
