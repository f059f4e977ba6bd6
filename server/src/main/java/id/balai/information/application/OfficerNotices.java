package id.balai.information.application;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import id.balai.identity.application.OfficerDirectory;
import id.balai.identity.domain.Role;
import id.balai.information.domain.InformationRequest;
import id.balai.information.domain.Objection;
import id.balai.notifications.application.MailOutbox;
import id.balai.notifications.domain.OutgoingMail;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Tells PPID officers outside Balai what the clock found, by e-mail to the work addresses in their accounts (Perbup
 * Luwu Timur Pasal 22(4), 25(2); issue: reminders and escalations by the job):
 * <ul>
 * <li>a request past its notice date: the PPID Utama and the PPID Pembantu of the unit it was routed to;</li>
 * <li>a request falling due: the unit's PPID Pembantu, or the PPID Utama while it is not routed;</li>
 * <li>an objection past its answer date: the Atasan PPID and the PPID Utama.</li>
 * </ul>
 * The message names the registration number and the due date, never the requester.
 */
@ApplicationScoped
public class OfficerNotices {

    @Inject
    OfficerDirectory directory;

    @Inject
    MailOutbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void requestOverdue(Tenant tenant, InformationRequest r) {
        Set<String> to = new LinkedHashSet<>(directory.emails(tenant.id(), Role.PPID_MAIN, null));
        r.orgUnit().ifPresent(u -> to.addAll(directory.emails(tenant.id(), Role.PPID_ASSISTANT, u)));
        send(tenant, to, "Lewat tenggat / Overdue", r.registrationNumber(), r.orgUnit(),
                "Pemberitahuan tertulis belum terbit; tenggatnya " + r.noticeDue()
                        + ". Pemohon kini dapat mengajukan keberatan (UU KIP Ps 35(1) c dan g).",
                "The written notice has not been issued; it was due on " + r.noticeDue()
                        + ". The requester may now object (UU KIP Art. 35(1) c and g).",
                "information_request", r.id().toString());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void requestDueSoon(Tenant tenant, InformationRequest r) {
        Set<String> to = new LinkedHashSet<>(r.orgUnit().isPresent()
                ? directory.emails(tenant.id(), Role.PPID_ASSISTANT, r.orgUnit().get())
                : directory.emails(tenant.id(), Role.PPID_MAIN, null));
        send(tenant, to, "Segera jatuh tempo / Due soon", r.registrationNumber(), r.orgUnit(),
                "Pemberitahuan tertulis jatuh tempo " + r.noticeDue() + ".",
                "The written notice is due on " + r.noticeDue() + ".", "information_request", r.id().toString());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void objectionOverdue(Tenant tenant, Objection o) {
        Set<String> to = new LinkedHashSet<>(directory.emails(tenant.id(), Role.ATASAN_PPID, null));
        to.addAll(directory.emails(tenant.id(), Role.PPID_MAIN, null));
        send(tenant, to, "Keberatan lewat tenggat / Objection overdue", o.registerNumber(), Optional.empty(),
                "Tanggapan atasan PPID atas keberatan ini jatuh tempo " + o.answerDue() + " (Perbup Pasal 25(2)).",
                "The Atasan PPID's answer to this objection was due on " + o.answerDue() + ".",
                "information_objection", o.id().toString());
    }

    private void send(Tenant tenant, Set<String> to, String what, String number, Optional<String> unit, String id,
            String en, String subjectType, String subjectId) {
        String subject = "[" + tenant.definition().name() + "] PPID " + what + ": " + number;
        String body = """
                %s
                Unit: %s
                %s

                Buka ruang kerja Balai untuk menindaklanjuti. Identitas pemohon tidak dicantumkan di e-mail ini.

                ---
                %s
                Unit: %s
                %s
                Open the Balai workspace to follow it up. The requester's identity is not included in this e-mail.
                """.formatted(number, unit.orElse("PPID Utama"), id, number, unit.orElse("PPID Utama"), en);
        for (String address : to) {
            outbox.enqueue(tenant.id(), OutgoingMail.toOfficer(address, subject, body, number + ": " + what,
                    subjectType, subjectId));
        }
    }
}
