import type { CitizenMessages } from './citizen.id';
/**
 * The shape every language file must satisfy. `id.ts` and `en.ts` are typed
 * as `Messages`, so a key missing from either one fails `tsc`.
 */
export type Lang = 'id' | 'en';

export const LANGS: readonly Lang[] = ['id', 'en'];

/** Text given by the API in both languages, e.g. an error message. */
export type LocalizedText = Record<Lang, string>;

export type DayOffKindKey = 'NATIONAL_HOLIDAY' | 'CUTI_BERSAMA' | 'TENANT_DAY_OFF';

export interface Messages {
  /** BCP 47 tag used for Intl date formatting. */
  locale: string;
  appName: string;
  tagline: string;
  skipLink: string;
  /** Label of the button that switches to the *other* language, written in that language. */
  switchLanguage: string;
  /** Accessible description of the switch button. */
  switchLanguageHint: string;
  footer: {
    about: string;
    landmark: string;
  };
  common: {
    loading: string;
    retry: string;
    errorTitle: string;
    /** The date of receipt and, named apart, the day a legal clock counts from (they differ after hours). */
    receivedAt: string;
    countingStartsOn: string;
    countingStartsHint: string;
    /** Joins a date and a time: "Sabtu, 5 Desember 2026 pukul 01.35 WITA". */
    atTime: string;
  };
  errors: {
    network: string;
    unexpected: string;
    badResponse: string;
  };
  landing: {
    title: string;
    heading: string;
    intro: string;
    listLabel: string;
    empty: string;
    province: (name: string) => string;
  };
  portal: {
    channelsHeading: string;
    channelsIntro: string;
    sms: string;
    smsSend: string;
    phoneCall: string;
    website: string;
    email: string;
    noChannels: string;
    officeHoursHeading: string;
    mondayToThursday: string;
    friday: string;
    weekendClosed: string;
    timeRange: (open: string, close: string, zone: string) => string;
    timeZone: string;
    timeZoneValue: (abbr: string, zoneId: string) => string;
    province: (name: string) => string;
  };
  calculator: {
    heading: string;
    intro: string;
    fromLabel: string;
    fromHint: string;
    workingDaysLabel: string;
    workingDaysHint: string;
    submit: string;
    submitting: string;
    fromRequired: string;
    workingDaysInvalid: (max: number) => string;
    resultHeading: string;
    due: string;
    receivedOn: string;
    workingDaysCounted: (n: number) => string;
    daysOffHeading: (n: number) => string;
    noDaysOff: string;
    weekendsNote: string;
    dayOffKind: Record<DayOffKindKey, string>;
  };
  citizen: CitizenMessages;
  notFound: {
    tenantTitle: string;
    tenantHeading: string;
    tenantBody: (slug: string) => string;
    pageTitle: string;
    pageHeading: string;
    pageBody: string;
    /** A suspended regency (API code TENANT_SUSPENDED): its portal says so; its data stays. */
    suspendedTitle: string;
    suspendedHeading: string;
    suspendedBody: string;
    backHome: string;
  };
}
