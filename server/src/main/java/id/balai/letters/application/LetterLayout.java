package id.balai.letters.application;

import java.time.Instant;

import id.balai.letters.domain.Letter;

/**
 * The port that lays a letter out as the Tata Naskah Dinas does, as an archival PDF ready to be signed. The adapter is
 * {@code letters.infrastructure.LetterPdf}.
 */
public interface LetterLayout {

    /** The letter as PDF/A-2b, titled {@code title}, created at {@code created}. */
    byte[] render(Letter letter, String title, Instant created);
}
