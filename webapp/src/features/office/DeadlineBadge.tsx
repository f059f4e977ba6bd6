import { useI18n } from '../../i18n';
import { useOfficeText } from '../../i18n/office';
import { formatLongDate } from '../calendar/dates';
import { deadlineLevel } from './deadlines';

export function DeadlineBadge({ due, today }: { due: string | null; today: string }) {
  const { t } = useI18n();
  const o = useOfficeText();
  if (!due) return <span>{o.deadline.none}</span>;
  const level = deadlineLevel(due, today);
  const date = formatLongDate(due, t.locale);
  const text = level === 'overdue' ? o.deadline.overdue(date) : level === 'soon' ? o.deadline.soon(date) : o.deadline.ok(date);
  return <span className={`badge badge--${level}`}>{text}</span>;
}
