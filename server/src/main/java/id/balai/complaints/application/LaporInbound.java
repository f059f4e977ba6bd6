package id.balai.complaints.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ReportType;
import id.balai.platform.application.PeriodicJob;
import id.balai.platform.domain.Actor;
import id.balai.privacy.domain.PersonalData;
import id.balai.tenancy.application.EachTenant;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Pulls the reports SP4N-LAPOR! dispatched to the regency into the central administrator's queue (Perpres 95/2018),
 * each as a case on the channel SP4N-LAPOR! with its LAPOR! tracking id, once: a report pulled again, or by two
 * pulls at once, finds its case (the submission's idempotency key is the LAPOR! id, and the link's unique key holds
 * it per regency). The reporter's contact, if LAPOR! gives one, goes to the vault; Balai does not message that
 * reporter itself: the answer goes back to LAPOR!, which tells its citizen.
 */
@ApplicationScoped
public class LaporInbound extends PeriodicJob {
    private static final Logger LOG = Logger.getLogger(LaporInbound.class.getName());
    private static final Actor PULLER = new Actor("system:lapor", "", null);

    @Inject
    LaporSettings settings;

    @Inject
    LaporLinkRecords links;

    @Inject
    ComplaintRecords complaints;

    @Inject
    ComplaintService service;

    @Inject
    NationalComplaintLink lapor;

    @Inject
    EachTenant tenants;

    @Inject
    TenantTransactions scope;

    /** The result of one pull: how many reports LAPOR! listed and how many became new cases. */
    public record Pull(boolean linked, int listed, int created, String error) {
    }

    /** One instance at a time; each regency is pulled every {@code lapor.pullSeconds}. */
    @Override
    protected Schedule schedule() {
        return Schedule.exclusive(0x42414c41494c4150L, Duration.ofSeconds(10), Duration.ofSeconds(2));
    }

    @Override
    protected void work() {
        tenants.run("Pulling from SP4N-LAPOR!", t -> {
            Optional<LaporSettings.Link> link = settings.of(t);
            if (link.isPresent() && due(t, link.get(), Instant.now())) {
                pull(t, link.get());
            }
        });
    }

    /** Pulls now, whatever the schedule (the central administrator's "tarik sekarang"). */
    public Pull pullNow(Tenant tenant) {
        Optional<LaporSettings.Link> link = settings.of(tenant);
        if (link.isEmpty()) {
            return new Pull(false, 0, 0, null);
        }
        return scope.call(tenant.id(), () -> pull(tenant, link.get()));
    }

    private boolean due(Tenant tenant, LaporSettings.Link link, Instant now) {
        return links.state(tenant.id()).map(LaporLinkRecords.State::lastPullAt)
                .map(last -> !now.isBefore(last.plusSeconds(link.settings().pullSeconds()))).orElse(true);
    }

    private Pull pull(Tenant tenant, LaporSettings.Link link) {
        Instant now = Instant.now();
        links.start(tenant.id(), LaporSettings.linkedSince(tenant, now));
        Optional<String> cursor = links.state(tenant.id()).map(LaporLinkRecords.State::pullCursor);
        NationalComplaintLink.Dispatched page;
        try {
            page = lapor.pull(link.endpoint(), cursor);
        } catch (NationalComplaintLink.Unavailable e) {
            LOG.warning(() -> "Pulling from SP4N-LAPOR! for " + tenant.id().value() + " failed (tried again in "
                    + link.settings().pullSeconds() + " s): " + e.getMessage());
            links.pulled(tenant.id(), null, now, e.getMessage());
            return new Pull(true, 0, 0, e.getMessage());
        }
        int created = 0;
        for (NationalComplaintLink.DispatchedReport r : page.reports()) {
            if (!links.knows(tenant.id(), r.laporId()) && receive(tenant, link.settings(), r)) {
                created++;
            }
        }
        links.pulled(tenant.id(), page.nextCursor(), now, null);
        return new Pull(true, page.reports().size(), created, null);
    }

    private boolean receive(Tenant tenant, TenantDefinition.Lapor settings, NationalComplaintLink.DispatchedReport r) {
        String category = settings.categoryOf(r.topic()).orElse(null);
        Complaint.Submission s = new Complaint.Submission(ReportType.COMPLAINT, Channel.SP4N_LAPOR, r.title(),
                r.text(), category, r.location(), null, null, r.anonymous(), r.confidential());
        PersonalData contact = r.reporter().map(p -> new PersonalData(p.name(), p.phone(), p.email(), null, null,
                null)).orElse(null);
        ComplaintService.Submitted done = service.submit(tenant, new ComplaintService.SubmitCommand(s, contact),
                Optional.of("lapor:" + r.laporId()), PULLER);
        Complaint c = complaints.findByTrackingNumber(tenant.id(), done.receipt().trackingNumber()).orElseThrow();
        return links.linkDispatched(tenant.id(), c.id(), r.laporId(), r.agency(),
                settings.unitOf(r.agency()).orElse(null)) && !done.replay();
    }
}
