package id.balai.letters.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.LongFunction;

import id.balai.letters.domain.LetterKind;
import id.balai.platform.domain.TenantId;

/**
 * The port to official letters' numbers and their stored signed PDFs: a number taken once per letter. The adapter is
 * {@code letters.infrastructure.LetterNumbers}.
 */
public interface LetterNumbering {

    /** A number as issued: the letter's date and signatory are those of the act; the PDF once rendered. */
    public record Issued(String number, LocalDate date, String signedBy, Optional<byte[]> pdf) {
    }

    Optional<Issued> find(TenantId tenant, LetterKind kind, String subjectId);

    /**
     * Takes the next number of the letter's year, unless the letter has one already (then that one).
     *
     * @param number the number for a sequence, from the regency's pattern
     */
    Issued take(TenantId tenant, LetterKind kind, String subjectId, LocalDate date, String signedBy,
            LongFunction<String> number, Instant now);

    /** Stores the letter as first rendered and signed; a letter already stored keeps its PDF. */
    byte[] store(TenantId tenant, LetterKind kind, String subjectId, byte[] pdf, String sha256);
}
