import type { DashboardMessages } from './dashboard.id';

export const dashboardEn: DashboardMessages = {
  nav: 'Dashboard',
  title: 'Dashboard',
  scope: {
    CENTRAL: 'Central administrator\u2019s work',
    AGENCY: (unit: string) => `Agency ${unit}\u2019s work`,
    OVERSIGHT: 'The whole regency (oversight)',
  },
  waitingHeading: 'Waiting for action',
  waiting: {
    RECEIVED: 'Waiting for verification',
    VERIFIED: 'Waiting to be sent to an agency',
    DISPATCHED: 'With the agencies',
    ANSWERED: 'Agency answers to review',
    SENT: 'Not yet received by the agency',
    IN_PROGRESS: 'Being followed up',
  },
  agencyReceived: 'Received, not yet distributed',
  overdue: 'Overdue',
  dueThisWeek: 'Due this week',
  weekEnds: (n: number, date: string) => `${n} working days left this week, until ${date}.`,
  openQueue: 'Open the queue',
  trendHeading: 'The last 12 weeks',
  trendCaption: 'Reports received and answered per week (weeks start on Monday)',
  week: 'Week of',
  received: 'Received',
  answered: 'Answered',
  chartLabel: 'Chart of reports received and answered per week; the table has the figures.',
  loading: 'Loading the dashboard…',
};
