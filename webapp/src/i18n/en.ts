import { citizenEn } from './citizen.en';
import type { Messages } from './messages';

/** English. */
export const en: Messages = {
  locale: 'en-GB',
  appName: 'Balai',
  tagline: 'Regency complaint and public information services',
  skipLink: 'Skip to main content',
  switchLanguage: 'Bahasa Indonesia',
  switchLanguageHint: 'Switch the language to Indonesian',
  footer: {
    about:
      'Balai: public complaint service (SPIKM) and public information service (PPID) for regency governments.',
    landmark: 'Site information',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    errorTitle: 'Something went wrong',
  },
  errors: {
    network: 'Cannot reach the server. Check your internet connection and try again.',
    unexpected: 'The server ran into a problem. Please try again later.',
    badResponse: 'The server’s answer could not be read.',
  },
  landing: {
    title: 'Choose a regency',
    heading: 'Choose your regency',
    intro:
      'File a complaint or request public information from your regency government. Choose a regency to continue.',
    listLabel: 'Regencies',
    empty: 'No regency has been registered yet.',
    province: (name) => `${name} Province`,
  },
  portal: {
    channelsHeading: 'Complaint channels',
    channelsIntro: 'You can file a complaint through these channels (SPIKM Article 8):',
    sms: 'SMS',
    smsSend: 'Send an SMS',
    phoneCall: 'Call',
    website: 'Website',
    email: 'Email',
    noChannels: 'The complaint channels have not been announced yet.',
    officeHoursHeading: 'Office hours',
    mondayToThursday: 'Monday–Thursday',
    friday: 'Friday',
    weekendClosed: 'Saturday, Sunday and public holidays: closed',
    timeRange: (open, close, zone) => `${open}–${close} ${zone}`,
    timeZone: 'Time zone',
    timeZoneValue: (abbr, zoneId) => `${abbr} (${zoneId})`,
    province: (name) => `${name} Province`,
  },
  calculator: {
    heading: 'Deadline calculator',
    intro:
      'Work out a handling deadline in working days. Saturdays, Sundays, national holidays, collective leave days and regional days off are not counted.',
    fromLabel: 'Date received',
    fromHint: 'The day the complaint or request was received.',
    workingDaysLabel: 'Number of working days',
    workingDaysHint: 'For example: 10 working days.',
    submit: 'Calculate deadline',
    submitting: 'Calculating…',
    fromRequired: 'Enter the date received.',
    workingDaysInvalid: (max) => `Enter the number of working days as a whole number from 1 to ${max}.`,
    resultHeading: 'Result',
    due: 'Deadline',
    receivedOn: 'Counted from',
    workingDaysCounted: (n) => `${n} working ${n === 1 ? 'day' : 'days'}`,
    daysOffHeading: (n) => `Days off skipped (${n})`,
    noDaysOff: 'No other days off fall in this period.',
    weekendsNote: 'Saturdays and Sundays are not counted and not listed.',
    dayOffKind: {
      NATIONAL_HOLIDAY: 'National holiday',
      CUTI_BERSAMA: 'Collective leave',
      TENANT_DAY_OFF: 'Regional day off',
    },
  },
  citizen: citizenEn,
  notFound: {
    tenantTitle: 'Regency not found',
    tenantHeading: 'Regency not found',
    tenantBody: (slug) => `We could not find a regency at “${slug}”.`,
    pageTitle: 'Page not found',
    pageHeading: 'Page not found',
    pageBody: 'The address you opened does not exist.',
    backHome: 'Back to the list of regencies',
  },
};
