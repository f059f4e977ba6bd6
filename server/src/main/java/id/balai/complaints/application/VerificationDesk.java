package id.balai.complaints.application;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.DuplicateRule;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What the central administrator is offered while verifying a report (issue 17 item 4): likely duplicates among the
 * regency's open reports of the month around it, each with its score and why. The administrator decides, and merges
 * with the ordinary merge.
 */
@ApplicationScoped
public class VerificationDesk {
    /** At most this many suggestions: more would not be read. */
    static final int MAX_SUGGESTIONS = 5;

    @Inject
    TenantTransactions scope;

    @Inject
    ComplaintRecords complaints;

    /** A likely duplicate of the case and the rule's verdict on it. */
    public record DuplicateSuggestion(ComplaintRecords.DuplicateCandidate candidate,
            DuplicateRule.Verdict verdict) {
    }

    /** The likely duplicates of case {@code id}, best first; a case of another regency is not found. */
    @Transactional
    public List<DuplicateSuggestion> duplicates(Tenant tenant, UUID id) {
        return scope.call(tenant.id(), () -> {
            Complaint c = complaints.get(tenant.id(), id);
            return complaints.duplicateCandidates(tenant.id(), id, DuplicateRule.WINDOW_DAYS,
                    DuplicateRule.TEXT_WITH_NEARBY_POINT, 4 * MAX_SUGGESTIONS).stream()
                    .flatMap(k -> DuplicateRule.judge(k.similarity(), DuplicateRule.metres(c.latitude(),
                            c.longitude(), k.latitude(), k.longitude())).map(v -> new DuplicateSuggestion(k, v))
                            .stream())
                    .sorted(Comparator.comparingDouble((DuplicateSuggestion s) -> s.verdict().score()).reversed())
                    .limit(MAX_SUGGESTIONS).toList();
        });
    }
}
