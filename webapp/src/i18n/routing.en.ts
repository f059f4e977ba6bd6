import type { RoutingMessages } from './routing.id';

export const routingEn: RoutingMessages = {
  label: 'Suggested agency',
  suggestion: (name: string, percent: number) => `Suggested: ${name} (confidence ${percent}%).`,
  byCategory: (name: string) => `Suggested by the report's category: ${name}.`,
  alternatives: 'Other choices:',
  basis: {
    HISTORY: (n: number) => `Learnt from ${n} reports this regency has dispatched.`,
    CATEGORY_MAP: (min: number) =>
      `Not enough history yet (fewer than ${min} dispatched reports): suggested from the category list only.`,
  },
  decides: 'The officer decides; this suggestion dispatches nothing.',
};
