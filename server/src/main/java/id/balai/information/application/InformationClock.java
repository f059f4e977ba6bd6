package id.balai.information.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import id.balai.audit.application.AuditLog;
import id.balai.information.domain.InformationRequest;
import id.balai.information.domain.Objection;
import id.balai.platform.domain.Actor;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One run of the PPID clocks for a tenant: e-mailed requests unconfirmed after their day lapse (Perbup Pasal 22(9));
 * open requests past their notice date are escalated once and the objection grounds c and g arise (UU KIP Ps 35(1));
 * requests due soon are reminded once; objections unanswered past 30 working days are flagged (Pasal 25(2)) and the
 * requester told until when a dispute may go to the Information Commission (UU KIP Ps 37(2)); the officers concerned
 * are told by e-mail ({@link OfficerNotices}). The e-mails it queues are sent by
 * {@code notifications.MailSender}.
 */
@ApplicationScoped
public class InformationClock {
    private static final int BATCH = 500;

    @Inject
    TenantTransactions scope;

    @Inject
    InformationRequestService requestService;

    @Inject
    RequestRecords requests;

    @Inject
    ObjectionRecords objections;

    @Inject
    AuditLog audit;

    @Inject
    RequesterNotifications notifications;

    @Inject
    OfficerNotices officers;

    /** What one run did. */
    public record Run(int lapsed, int escalated, int reminded, int objectionsOverdue) {
    }

    public Run runFor(Tenant tenant, Instant now) {
        Run r = scope.call(tenant.id(), () -> {
            TenantInformationClocks clocks = requestService.clocks(tenant, now);
            LocalDate today = clocks.today();
            int lapsed = 0;
            for (InformationRequest x : requests.unconfirmedBefore(tenant.id(), today, BATCH)) {
                if (x.lapseIfUnconfirmed(today, now)) {
                    requests.save(x);
                    audit.record(tenant.id(), Actor.SYSTEM, "INFORMATION_REQUEST_LAPSED", "information_request",
                            x.id().toString(), Map.of("reason", x.lapsedReason().orElse("")));
                    notifications.lapsed(tenant, x);
                    lapsed++;
                }
            }
            int escalated = 0;
            // A deadline passes at the end of its day on the calendar, also after office hours.
            LocalDate calendarToday = clocks.calendarToday();
            for (InformationRequest x : requests.openDue(tenant.id(), null, calendarToday.minusDays(1), null, 0, BATCH)
                    .items()) {
                if (x.markOverdue(calendarToday, now)) {
                    requests.save(x);
                    audit.record(tenant.id(), Actor.SYSTEM, "INFORMATION_REQUEST_ESCALATED", "information_request",
                            x.id().toString(), Map.of("noticeDue", x.noticeDue().toString()));
                    notifications.overdue(tenant, x);
                    officers.requestOverdue(tenant, x);
                    escalated++;
                }
            }
            int reminded = 0;
            for (InformationRequest x : requests.openDue(tenant.id(), today.minusDays(1), clocks.dueSoonUntil(), null,
                    0, BATCH).items()) {
                if (x.remind(today, clocks.dueSoonUntil(), now)) {
                    requests.save(x);
                    officers.requestDueSoon(tenant, x);
                    reminded++;
                }
            }
            int objectionsOverdue = 0;
            for (Objection o : objections.openDue(tenant.id(), calendarToday.minusDays(1), 0, BATCH)) {
                if (o.markOverdue(calendarToday, now)) {
                    objections.save(o);
                    audit.record(tenant.id(), Actor.SYSTEM, "OBJECTION_ESCALATED", "information_objection",
                            o.id().toString(), Map.of("answerDue", o.answerDue().toString()));
                    officers.objectionOverdue(tenant, o);
                    notifications.objectionLapsed(tenant, requests.get(tenant.id(), o.requestId()), o, clocks);
                    objectionsOverdue++;
                }
            }
            return new Run(lapsed, escalated, reminded, objectionsOverdue);
        });
        return r;
    }
}
