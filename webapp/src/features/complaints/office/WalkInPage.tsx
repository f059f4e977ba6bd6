import { useOfficeText } from '../../../i18n/office';
import { ComplaintFormPage } from '../citizen/ComplaintFormPage';
import { useTenant } from '../../portal/TenantContext';
import { walkIn } from './api';

/**
 * `/{slug}/kantor/langsung`: the central admin records a report for a citizen at the desk or on the phone
 * (SPIKM Pasal 5a: written or oral; channel WALK_IN), with the same fields and rules as the web form, attachments
 * included (multipart: part `complaint` JSON + parts `attachments`).
 */
export function WalkInPage() {
  const tenant = useTenant();
  const o = useOfficeText();
  return (
    <ComplaintFormPage
      heading={o.walkIn.title}
      intro={o.walkIn.intro}
      submit={(body) => walkIn(tenant.slug, body)}
    />
  );
}
