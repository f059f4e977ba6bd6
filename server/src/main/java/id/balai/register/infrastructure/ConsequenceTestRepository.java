package id.balai.register.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;
import id.balai.register.domain.ConsequenceTest;
import id.balai.register.domain.ExemptionGround;
import id.balai.register.domain.RegisterErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores consequence tests and their appended reviews (Perbup Pasal 6(2), 16(2)); tenant-scoped, versioned. */
@ApplicationScoped
public class ConsequenceTestRepository {
    private static final String COLUMNS = """
            id, entry_id, ground, harm_test, political, economic, socio_cultural, defence_security, meeting_on,
            members, proposed_by, proposed_at, status, decree_number, exempt_until, decision_note, decided_by,
            decided_at, version
            """;

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    public boolean openProposalExists(TenantId tenant, UUID entryId) {
        return !em.createNativeQuery(
                "select 1 from consequence_test where tenant_id = ?1 and entry_id = ?2 and status = 'PROPOSED'")
                .setParameter(1, tenant.value()).setParameter(2, entryId).getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(ConsequenceTest t) {
        ConsequenceTest.Record r = t.record();
        em.createNativeQuery("""
                insert into consequence_test (tenant_id, id, entry_id, ground, harm_test, political, economic,
                    socio_cultural, defence_security, meeting_on, members, proposed_by, proposed_at, status)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                """).setParameter(1, t.tenant().value()).setParameter(2, t.id()).setParameter(3, t.entryId())
                .setParameter(4, r.ground().name()).setParameter(5, r.harmTest()).setParameter(6, r.political())
                .setParameter(7, r.economic()).setParameter(8, r.socioCultural())
                .setParameter(9, r.defenceSecurity()).setParameter(10, java.sql.Date.valueOf(r.meetingOn()))
                .setParameter(11, String.join("\n", r.members())).setParameter(12, t.proposedBy())
                .setParameter(13, Timestamp.from(t.proposedAt())).setParameter(14, t.status().name())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(ConsequenceTest t, int reviewsBefore) {
        int n = em.createNativeQuery("""
                update consequence_test set status = ?3, decree_number = ?4, exempt_until = cast(?5 as date),
                    decision_note = ?6, decided_by = ?7, decided_at = cast(?8 as timestamptz), version = version + 1
                where tenant_id = ?1 and id = ?2 and version = ?9
                """).setParameter(1, t.tenant().value()).setParameter(2, t.id()).setParameter(3, t.status().name())
                .setParameter(4, t.decreeNumber().orElse(null))
                .setParameter(5, t.exemptUntil().map(LocalDate::toString).orElse(null))
                .setParameter(6, t.decisionNote().orElse(null)).setParameter(7, t.decidedBy().orElse(null))
                .setParameter(8, t.decidedAt().map(Instant::toString).orElse(null)).setParameter(9, t.version())
                .executeUpdate();
        if (n != 1) {
            throw RegisterErrors.changedMeanwhile();
        }
        List<ConsequenceTest.Review> reviews = t.reviews();
        for (int i = reviewsBefore; i < reviews.size(); i++) {
            ConsequenceTest.Review v = reviews.get(i);
            em.createNativeQuery("""
                    insert into consequence_test_review (tenant_id, consequence_test_id, seq, at, reviewed_by,
                        public_interest, opened)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                    """).setParameter(1, t.tenant().value()).setParameter(2, t.id()).setParameter(3, i + 1)
                    .setParameter(4, Timestamp.from(v.at())).setParameter(5, v.by())
                    .setParameter(6, v.publicInterest()).setParameter(7, v.opened()).executeUpdate();
        }
    }

    public Optional<ConsequenceTest> find(TenantId tenant, UUID id) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS
                + " from consequence_test where tenant_id = ?1 and id = ?2")
                .setParameter(1, tenant.value()).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(r -> test(tenant, (Object[]) r));
    }

    /** The tests of an entry, oldest first. */
    @SuppressWarnings("unchecked")
    public List<ConsequenceTest> forEntry(TenantId tenant, UUID entryId) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS
                + " from consequence_test where tenant_id = ?1 and entry_id = ?2 order by proposed_at")
                .setParameter(1, tenant.value()).setParameter(2, entryId).getResultList();
        return rows.stream().map(r -> test(tenant, r)).toList();
    }

    @SuppressWarnings("unchecked")
    private ConsequenceTest test(TenantId tenant, Object[] r) {
        UUID id = (UUID) r[0];
        List<Object[]> reviewRows = em.createNativeQuery("""
                select at, reviewed_by, public_interest, opened from consequence_test_review
                where tenant_id = ?1 and consequence_test_id = ?2 order by seq
                """).setParameter(1, tenant.value()).setParameter(2, id).getResultList();
        List<ConsequenceTest.Review> reviews = reviewRows.stream().map(v -> new ConsequenceTest.Review(
                RegisterRepository.instant(v[0]), (String) v[1], (String) v[2], (Boolean) v[3])).toList();
        ConsequenceTest.Record record = new ConsequenceTest.Record(ExemptionGround.valueOf(r[2].toString().trim()),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                RegisterRepository.date(r[8]), Arrays.asList(((String) r[9]).split("\n")));
        return new ConsequenceTest(tenant, id, (UUID) r[1], record, (String) r[10],
                RegisterRepository.instant(r[11]), ConsequenceTest.Status.valueOf((String) r[12]), (String) r[13],
                RegisterRepository.date(r[14]), (String) r[15], (String) r[16],
                r[17] == null ? null : RegisterRepository.instant(r[17]), reviews, ((Number) r[18]).intValue());
    }
}
