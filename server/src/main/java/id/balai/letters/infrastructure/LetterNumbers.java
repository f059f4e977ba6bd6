package id.balai.letters.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.LongFunction;

import id.balai.letters.application.LetterNumbering;
import id.balai.letters.domain.LetterKind;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The {@code letter_number} and {@code letter_sequence} tables: a letter's number, taken once and kept. The yearly
 * sequence row is locked while a number is taken, so two officers printing at once get two numbers in order.
 */
@ApplicationScoped
public class LetterNumbers implements LetterNumbering {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Issued> find(TenantId tenant, LetterKind kind, String subjectId) {
        return Sql.of(em, "select number, letter_date, signed_by, pdf from letter_number "
                + "where tenant_id = :tenant and kind = :kind and subject_id = :subject")
                .set("tenant", tenant.value()).set("kind", kind).set("subject", subjectId)
                .first(r -> new Issued(r.text(0), r.date(1), r.text(2), Optional.ofNullable((byte[]) r.raw(3))));
    }

    /**
     * Takes the next number of the letter's year, unless the letter has one already (then that one).
     *
     * @param number the number for a sequence, from the regency's pattern
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Issued take(TenantId tenant, LetterKind kind, String subjectId, LocalDate date, String signedBy,
            LongFunction<String> number, Instant now) {
        Optional<Issued> existing = find(tenant, kind, subjectId);
        if (existing.isPresent()) {
            return existing.get();
        }
        long seq = Sql.of(em, """
                insert into letter_sequence (tenant_id, year, last_seq) values (:tenant, :year, 1)
                on conflict (tenant_id, year) do update set last_seq = letter_sequence.last_seq + 1
                returning last_seq
                """).set("tenant", tenant.value()).set("year", date.getYear()).count();
        String n = number.apply(seq);
        Sql.of(em, """
                insert into letter_number (tenant_id, kind, subject_id, year, seq, number, letter_date, signed_by,
                    issued_at)
                values (:tenant, :kind, :subject, :year, :seq, :number, :date, :signedBy, :at)
                """).set("tenant", tenant.value()).set("kind", kind).set("subject", subjectId)
                .set("year", date.getYear()).set("seq", seq).set("number", n).set("date", date)
                .set("signedBy", signedBy).set("at", now).execute();
        return new Issued(n, date, signedBy, Optional.empty());
    }

    /** Stores the letter as first rendered and signed; a letter already stored keeps its PDF. */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] store(TenantId tenant, LetterKind kind, String subjectId, byte[] pdf, String sha256) {
        Sql.of(em, "update letter_number set pdf = :pdf, pdf_sha256 = :sha256 "
                + "where tenant_id = :tenant and kind = :kind and subject_id = :subject and pdf is null")
                .set("tenant", tenant.value()).set("kind", kind).set("subject", subjectId).set("pdf", pdf)
                .set("sha256", sha256).execute();
        return find(tenant, kind, subjectId).flatMap(Issued::pdf).orElseThrow();
    }
}
