package id.balai.letters.infrastructure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import id.balai.letters.domain.LetterKind;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The {@code letter_number} and {@code letter_sequence} tables: a letter's number, taken once and kept. The yearly
 * sequence row is locked while a number is taken, so two officers printing at once get two numbers in order.
 */
@ApplicationScoped
public class LetterNumbers {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** A number as issued: the letter's date and signatory are those of the act; the PDF once rendered. */
    public record Issued(String number, LocalDate date, String signedBy, Optional<byte[]> pdf) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Issued> find(TenantId tenant, LetterKind kind, String subjectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select number, letter_date, signed_by, pdf from letter_number "
                + "where tenant_id = ?1 and kind = ?2 and subject_id = ?3")
                .setParameter(1, tenant.value()).setParameter(2, kind.name()).setParameter(3, subjectId)
                .getResultList();
        return rows.stream().findFirst()
                .map(r -> new Issued((String) r[0], ((Date) r[1]).toLocalDate(), (String) r[2],
                        Optional.ofNullable((byte[]) r[3])));
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
        long seq = ((Number) em.createNativeQuery("""
                insert into letter_sequence (tenant_id, year, last_seq) values (?1, ?2, 1)
                on conflict (tenant_id, year) do update set last_seq = letter_sequence.last_seq + 1
                returning last_seq
                """).setParameter(1, tenant.value()).setParameter(2, date.getYear()).getSingleResult()).longValue();
        String n = number.apply(seq);
        em.createNativeQuery("""
                insert into letter_number (tenant_id, kind, subject_id, year, seq, number, letter_date, signed_by,
                    issued_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                """).setParameter(1, tenant.value()).setParameter(2, kind.name()).setParameter(3, subjectId)
                .setParameter(4, date.getYear()).setParameter(5, seq).setParameter(6, n)
                .setParameter(7, Date.valueOf(date)).setParameter(8, signedBy).setParameter(9, Timestamp.from(now))
                .executeUpdate();
        return new Issued(n, date, signedBy, Optional.empty());
    }

    /** Stores the letter as first rendered and signed; a letter already stored keeps its PDF. */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] store(TenantId tenant, LetterKind kind, String subjectId, byte[] pdf, String sha256) {
        em.createNativeQuery("update letter_number set pdf = ?4, pdf_sha256 = ?5 "
                + "where tenant_id = ?1 and kind = ?2 and subject_id = ?3 and pdf is null")
                .setParameter(1, tenant.value()).setParameter(2, kind.name()).setParameter(3, subjectId)
                .setParameter(4, pdf).setParameter(5, sha256).executeUpdate();
        return find(tenant, kind, subjectId).flatMap(Issued::pdf).orElseThrow();
    }
}
