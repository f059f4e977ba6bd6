package id.balai.register.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import id.balai.register.application.ConsequenceTests;
import id.balai.register.domain.ConsequenceTest;
import id.balai.register.domain.ExemptionGround;
import id.balai.register.domain.RegisterErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores consequence tests and their appended reviews (Perbup Pasal 6(2), 16(2)); tenant-scoped, versioned. */
@ApplicationScoped
public class ConsequenceTestRepository implements ConsequenceTests {
    private static final String COLUMNS = """
            id, entry_id, ground, harm_test, political, economic, socio_cultural, defence_security, meeting_on,
            members, proposed_by, proposed_at, status, decree_number, exempt_until, decision_note, decided_by,
            decided_at, version
            """;

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    public boolean openProposalExists(TenantId tenant, UUID entryId) {
        return Sql.of(em, "select 1 from consequence_test where tenant_id = :tenant and entry_id = :entry "
                + "and status = 'PROPOSED'").set("tenant", tenant.value()).set("entry", entryId).exists();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(ConsequenceTest t) {
        ConsequenceTest.Record r = t.record();
        Sql.of(em, """
                insert into consequence_test (tenant_id, id, entry_id, ground, harm_test, political, economic,
                    socio_cultural, defence_security, meeting_on, members, proposed_by, proposed_at, status)
                values (:tenant, :id, :entry, :ground, :harmTest, :political, :economic, :socioCultural,
                    :defenceSecurity, :meetingOn, :members, :by, :at, :status)
                """).set("tenant", t.tenant().value()).set("id", t.id()).set("entry", t.entryId())
                .set("ground", r.ground()).set("harmTest", r.harmTest(), String.class)
                .set("political", r.political(), String.class).set("economic", r.economic(), String.class)
                .set("socioCultural", r.socioCultural(), String.class)
                .set("defenceSecurity", r.defenceSecurity(), String.class).set("meetingOn", r.meetingOn())
                .set("members", String.join("\n", r.members())).set("by", t.proposedBy()).set("at", t.proposedAt())
                .set("status", t.status()).execute();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(ConsequenceTest t, int reviewsBefore) {
        int n = Sql.of(em, """
                update consequence_test set status = :status, decree_number = :decree, exempt_until = :exemptUntil,
                    decision_note = :note, decided_by = :by, decided_at = :at, version = version + 1
                where tenant_id = :tenant and id = :id and version = :version
                """).set("tenant", t.tenant().value()).set("id", t.id()).set("status", t.status())
                .set("decree", t.decreeNumber().orElse(null), String.class)
                .set("exemptUntil", t.exemptUntil().orElse(null), LocalDate.class)
                .set("note", t.decisionNote().orElse(null), String.class)
                .set("by", t.decidedBy().orElse(null), String.class).set("at", t.decidedAt().orElse(null), Instant.class)
                .set("version", t.version()).execute();
        if (n != 1) {
            throw RegisterErrors.changedMeanwhile();
        }
        List<ConsequenceTest.Review> reviews = t.reviews();
        for (int i = reviewsBefore; i < reviews.size(); i++) {
            ConsequenceTest.Review v = reviews.get(i);
            Sql.of(em, """
                    insert into consequence_test_review (tenant_id, consequence_test_id, seq, at, reviewed_by,
                        public_interest, opened)
                    values (:tenant, :test, :seq, :at, :by, :publicInterest, :opened)
                    """).set("tenant", t.tenant().value()).set("test", t.id()).set("seq", i + 1).set("at", v.at())
                    .set("by", v.by()).set("publicInterest", v.publicInterest(), String.class)
                    .set("opened", v.opened()).execute();
        }
    }

    public Optional<ConsequenceTest> find(TenantId tenant, UUID id) {
        return Sql.of(em, "select " + COLUMNS + " from consequence_test where tenant_id = :tenant and id = :id")
                .set("tenant", tenant.value()).set("id", id).first(r -> test(tenant, r));
    }

    /** The tests of an entry, oldest first. */
    public List<ConsequenceTest> forEntry(TenantId tenant, UUID entryId) {
        return Sql.of(em, "select " + COLUMNS
                + " from consequence_test where tenant_id = :tenant and entry_id = :entry order by proposed_at")
                .set("tenant", tenant.value()).set("entry", entryId).list(r -> test(tenant, r));
    }

    private ConsequenceTest test(TenantId tenant, Sql.Row r) {
        UUID id = r.uuid(0);
        List<ConsequenceTest.Review> reviews = Sql.of(em, """
                select at, reviewed_by, public_interest, opened from consequence_test_review
                where tenant_id = :tenant and consequence_test_id = :test order by seq
                """).set("tenant", tenant.value()).set("test", id)
                .list(v -> new ConsequenceTest.Review(v.instant(0), v.text(1), v.text(2), v.flag(3)));
        ConsequenceTest.Record record = new ConsequenceTest.Record(ExemptionGround.valueOf(r.text(2).trim()),
                r.text(3), r.text(4), r.text(5), r.text(6), r.text(7), r.date(8), Arrays.asList(r.text(9).split("\n")));
        return new ConsequenceTest(tenant, id, r.uuid(1), record, r.text(10), r.instant(11),
                r.enumOf(12, ConsequenceTest.Status.class), r.text(13), r.date(14), r.text(15), r.text(16),
                r.instant(17), reviews, r.integer(18));
    }
}
