package id.balai.complaints.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintEvent;
import id.balai.complaints.domain.Publication;
import id.balai.platform.application.PeriodicJob;
import id.balai.tenancy.application.EachTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends SP4N-LAPOR! what it must know (Perpres 95/2018): the regency's own reports, shared once, and every public
 * step of every linked case, in order, including the follow-up and the answer of reports LAPOR! dispatched. The
 * outbox is the case's own history: a link row remembers the last step LAPOR! took and moves in the transaction
 * that sends the next one, each sent under the key {@code <tenant>:<tracking number>:<seq>}; a step sent but not
 * recorded (a crash between the two) is sent again under the same key, and LAPOR! recognises it.
 */
@ApplicationScoped
public class LaporOutbound extends PeriodicJob {
    private static final Logger LOG = Logger.getLogger(LaporOutbound.class.getName());
    private static final int BATCH = 20;

    @Inject
    LaporSettings settings;

    @Inject
    LaporLinkRecords links;

    @Inject
    ComplaintRecords complaints;

    @Inject
    Publications publications;

    @Inject
    NationalComplaintLink lapor;

    @Inject
    EachTenant tenants;

    /** Every instance sends: the link rows are locked with SKIP LOCKED, so each case is sent by one at a time. */
    @Override
    protected Schedule schedule() {
        return Schedule.onEveryInstance(Duration.ofSeconds(7), Duration.ofSeconds(3));
    }

    @Override
    protected void work() {
        tenants.run("Sending to SP4N-LAPOR!", this::sendDue);
    }

    void sendDue(Tenant tenant) {
        Optional<LaporSettings.Link> link = settings.of(tenant);
        if (link.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        links.start(tenant.id(), LaporSettings.linkedSince(tenant, now));
        links.enlistNew(tenant.id());
        for (LaporLinkRecords.Pending p : links.lockDue(tenant.id(), now, BATCH)) {
            send(tenant, link.get(), p, now);
        }
    }

    private void send(Tenant tenant, LaporSettings.Link link, LaporLinkRecords.Pending p, Instant now) {
        Complaint c = complaints.get(tenant.id(), p.complaintId());
        NationalComplaintLink.Visibility visibility = visibility(tenant, c);
        String keyPrefix = tenant.id().value() + ":" + c.trackingNumber() + ":";
        boolean progressed = false;
        try {
            String laporId = p.laporId();
            if (laporId == null) {
                laporId = lapor.share(link.endpoint(), shared(link, c, visibility), keyPrefix + "0");
                links.shared(tenant.id(), c.id(), laporId);
                progressed = true;
            }
            for (ComplaintEvent e : complaints.events(tenant.id(), c.id(), true)) {
                if (e.seq() > p.sentSeq()) {
                    lapor.push(link.endpoint(), laporId,
                            new NationalComplaintLink.Step(e.seq(), e.action(), e.note(), e.at(), visibility),
                            keyPrefix + e.seq());
                    links.sent(tenant.id(), c.id(), e.seq());
                    progressed = true;
                }
            }
        } catch (NationalComplaintLink.Unavailable e) {
            // A send that went through in this round starts the count again, as the row now says.
            int failures = progressed ? 1 : p.attempts() + 1;
            Optional<Instant> retry = link.retryAt(failures, now);
            LOG.warning(() -> "SP4N-LAPOR! did not take " + c.trackingNumber() + " of " + tenant.id().value()
                    + " (attempt " + failures + "/" + link.settings().maxAttempts() + ", "
                    + (retry.isPresent() ? "retried" : "given up") + "): " + e.getMessage());
            links.failed(tenant.id(), c.id(), e.getMessage(), now, retry.orElse(null));
        }
    }

    /**
     * What LAPOR! may show: the central administrator's published version and nothing else (issue 15); a rahasia
     * report or one whose reporter declined publication is never published, so never public there either.
     */
    private NationalComplaintLink.Visibility visibility(Tenant tenant, Complaint c) {
        return publications.find(tenant.id(), c.id()).filter(Publication::isPublished)
                .map(p -> new NationalComplaintLink.Visibility(true, p.content().title(), p.content().text()))
                .orElse(NationalComplaintLink.Visibility.PRIVATE);
    }

    /** The report without its reporter: no identity leaves Balai, and an anonim one is flagged so. */
    private static NationalComplaintLink.SharedReport shared(LaporSettings.Link link, Complaint c,
            NationalComplaintLink.Visibility visibility) {
        return new NationalComplaintLink.SharedReport(c.trackingNumber(), c.title(), c.description(),
                c.category() == null ? null : link.settings().topicOf(c.category()).orElse(null), c.locationText(),
                c.receivedAt(), c.anonymous(), c.confidential(), visibility);
    }
}
