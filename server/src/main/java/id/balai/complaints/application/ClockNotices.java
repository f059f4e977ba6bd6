package id.balai.complaints.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintEvent;
import id.balai.complaints.domain.SmsReplies;
import id.balai.identity.application.OfficerDirectory;
import id.balai.identity.domain.Role;
import id.balai.notifications.application.MailOutbox;
import id.balai.notifications.domain.OutgoingMail;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Tells officers outside Balai what the clock did, by e-mail to the work addresses in their accounts (SPIKM
 * Pasal 7k-m: the operations coordinator inventories overdue items; Pasal 8: a dispatched item must be followed
 * up):
 * <ul>
 * <li>an overdue verification: the operations coordinators and the central administrators;</li>
 * <li>an agency's overdue part: the operations coordinators and that agency's operators;</li>
 * <li>an agency's part falling due soon: that agency's operators.</li>
 * </ul>
 * The message names the case and its due date, never the reporter. Officers without an address see the same in
 * their queues.
 */
@ApplicationScoped
public class ClockNotices {

    @Inject
    OfficerDirectory directory;

    @Inject
    MailOutbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Tenant tenant, Complaint c, List<ComplaintEvent> events) {
        for (ComplaintEvent e : events) {
            Set<String> to = new LinkedHashSet<>();
            String what;
            switch (e.action()) {
                case "ESCALATED" -> {
                    to.addAll(directory.emails(tenant.id(), Role.OPS_COORDINATOR, null));
                    to.addAll(e.orgUnit() == null ? directory.emails(tenant.id(), Role.CENTRAL_ADMIN, null)
                            : directory.emails(tenant.id(), Role.AGENCY_OPERATOR, e.orgUnit()));
                    what = "Lewat tenggat / Overdue";
                }
                case "REMINDED" -> {
                    if (e.orgUnit() == null) {
                        continue;
                    }
                    to.addAll(directory.emails(tenant.id(), Role.AGENCY_OPERATOR, e.orgUnit()));
                    what = "Segera jatuh tempo / Due soon";
                }
                default -> {
                    continue;
                }
            }
            String subject = "[" + tenant.definition().name() + "] " + what + ": " + c.trackingNumber();
            String body = body(tenant, c, e);
            for (String address : to) {
                outbox.enqueue(tenant.id(), OutgoingMail.toOfficer(address, subject, body,
                        c.trackingNumber() + ": " + e.action().toLowerCase(), "complaint", c.id().toString()));
            }
        }
    }

    private static String body(Tenant tenant, Complaint c, ComplaintEvent e) {
        String unit = e.orgUnit() == null ? "Admin pusat (verifikasi dan disposisi)" : e.orgUnit();
        return """
                Laporan %s: "%s"
                Unit: %s
                %s
                Status: %s

                Buka ruang kerja Balai %s untuk menindaklanjuti. Identitas pelapor tidak dicantumkan di e-mail ini.

                ---
                Report %s: "%s"
                Unit: %s
                %s
                Open the Balai workspace of %s to follow it up. The reporter's identity is not included in this e-mail.
                """.formatted(c.trackingNumber(), c.title(), unit, e.note(), SmsReplies.words(c.status()),
                tenant.definition().name(), c.trackingNumber(), c.title(), unit, english(c, e),
                tenant.definition().name());
    }

    /** The event's line in English (its note is Indonesian): what happened and the deadline it is about. */
    private static String english(Complaint c, ComplaintEvent e) {
        java.time.LocalDate due = e.orgUnit() == null ? c.verifyDue()
                : c.dispatches().stream().filter(d -> e.orgUnit().equals(d.orgUnit())).map(d -> d.dueOn())
                        .findFirst().orElse(c.verifyDue());
        String what = "REMINDED".equals(e.action()) ? "Due on " : e.orgUnit() == null
                ? "Verification and dispatch past the deadline of " : "Follow-up past the deadline of ";
        return what + id.balai.platform.domain.LongDate.en(due);
    }
}
