import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { ChannelList } from '../../portal/PortalView';
import { useTenant } from '../../portal/TenantContext';
import type { Schema } from '../../../api/schema';

/** The clocks of the tenant's complaint parameters this page explains. */
type ComplaintClocks = Partial<
  Pick<Schema<'Complaint'>, 'verifyDispatchWorkingDays' | 'followUpWorkingDays' | 'autoCloseWorkingDays' | 'reopenWithinWorkingDays'>
>;

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

/** The tenant's PPID clocks (UU KIP Ps 22(7)-(8), 35-37; Perbup Pasal 22(4), 22(6), 24-26), with the law's defaults. */
export function ppidClocks(parameters: Record<string, unknown> | undefined) {
  const r = (parameters?.informationRequest ?? {}) as { noticeWorkingDays?: number; extensionWorkingDays?: number };
  const o = (parameters?.objection ?? {}) as { fileWithinWorkingDays?: number; answerWithinWorkingDays?: number };
  const d = (parameters?.dispute ?? {}) as { fileWithinWorkingDays?: number };
  return {
    notice: r.noticeWorkingDays ?? 10,
    extension: r.extensionWorkingDays ?? 7,
    objection: o.fileWithinWorkingDays ?? 30,
    objectionAnswer: o.answerWithinWorkingDays ?? 30,
    dispute: d.fileWithinWorkingDays ?? 14,
  };
}

/** `/{slug}/hak`: rights and clocks in plain Indonesian (SPIKM Pasal 5, 7, 8), with this regency's numbers. */
export function RightsPage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const r = t.citizen.rights;
  useDocumentTitle(r.title);
  const clocks = complaintClocks(tenant.parameters);
  const ppid = ppidClocks(tenant.parameters);
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
      <section className="panel" aria-labelledby="ppid-clocks-heading" data-testid="ppid-clocks">
        <h2 id="ppid-clocks-heading" className="panel__title">
          {r.ppidHeading}
        </h2>
        <p>{r.ppidIntro}</p>
        <ol>
          <li>{r.ppidNotice(ppid.notice)}</li>
          <li>{r.ppidExtension(ppid.extension)}</li>
          <li>{r.ppidObjection(ppid.objection)}</li>
          <li>{r.ppidObjectionAnswer(ppid.objectionAnswer)}</li>
          <li>{r.ppidDispute(ppid.dispute)}</li>
        </ol>
        <p className="muted">{r.ppidBasis}</p>
      </section>
      <ChannelList channels={tenant.channels ?? {}} />
    </>
  );
}
