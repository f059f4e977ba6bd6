import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useI18n } from '../../i18n';
import { ChannelList } from '../portal/PortalView';
import { useTenant } from '../portal/TenantContext';

interface ComplaintClocks {
  verifyDispatchWorkingDays?: number;
  followUpWorkingDays?: number;
  autoCloseWorkingDays?: number;
  reopenWithinWorkingDays?: number;
}

/** The tenant's SPIKM clocks from its regulation parameters, with the regulation's defaults. */
export function complaintClocks(parameters: Record<string, unknown> | undefined): Required<ComplaintClocks> {
  const c = (parameters?.complaint ?? {}) as ComplaintClocks;
  return {
    verifyDispatchWorkingDays: c.verifyDispatchWorkingDays ?? 3,
    followUpWorkingDays: c.followUpWorkingDays ?? 5,
    autoCloseWorkingDays: c.autoCloseWorkingDays ?? 10,
    reopenWithinWorkingDays: c.reopenWithinWorkingDays ?? 10,
  };
}

/** `/{slug}/hak`: rights and clocks in plain Indonesian (SPIKM Pasal 5, 7, 8), with this regency's numbers. */
export function RightsPage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const r = t.citizen.rights;
  useDocumentTitle(r.title);
  const clocks = complaintClocks(tenant.parameters);
  return (
    <>
      <h1>{r.heading}</h1>
      <p className="lead">{r.intro}</p>
      <section className="panel" aria-labelledby="rights-heading">
        <h2 id="rights-heading" className="panel__title">
          {r.rightsHeading}
        </h2>
        <ul>
          {r.rights.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="clocks-heading">
        <h2 id="clocks-heading" className="panel__title">
          {r.clocksHeading}
        </h2>
        <p>{r.clocksIntro}</p>
        <ol>
          <li>{r.verify(clocks.verifyDispatchWorkingDays)}</li>
          <li>{r.followUp(clocks.followUpWorkingDays)}</li>
          <li>{r.autoClose(clocks.autoCloseWorkingDays)}</li>
          <li>{r.reopen(clocks.reopenWithinWorkingDays)}</li>
        </ol>
        <p>{r.late}</p>
        <p className="muted">{r.basis}</p>
      </section>
      <ChannelList channels={tenant.channels ?? {}} />
    </>
  );
}
