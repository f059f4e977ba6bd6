package id.balai.audit.domain;

import java.util.Optional;

/**
 * Walks a chain in sequence order and finds the first place where it does not hold: a missing or extra
 * sequence number, a link that does not point at the entry before it, an entry whose content no longer matches
 * its hash, or a chain that ends before its recorded head.
 */
public final class ChainVerifier {

    /** Where and why the chain breaks. */
    public record Break(long seq, String reason) {
    }

    /** The outcome: how many entries were checked, and the first break if any. */
    public record Result(long entries, Optional<Break> firstBreak) {
        public boolean valid() {
            return firstBreak.isEmpty();
        }
    }

    private long expectedSeq = 1;
    private String expectedPrev = AuditHash.GENESIS;
    private long checked;
    private Break firstBreak;

    /** Feeds the next entry; returns false once a break was found (the rest need not be read). */
    public boolean accept(AuditEntry e) {
        if (firstBreak != null) {
            return false;
        }
        checked++;
        if (e.seq() != expectedSeq) {
            firstBreak = new Break(expectedSeq, e.seq() > expectedSeq
                    ? "entries " + expectedSeq + " to " + (e.seq() - 1) + " are missing"
                    : "entry " + e.seq() + " is out of sequence");
        } else if (!e.prevHash().equals(expectedPrev)) {
            firstBreak = new Break(e.seq(), "does not link to the entry before it");
        } else if (!AuditHash.of(e).equals(e.hash())) {
            firstBreak = new Break(e.seq(), "its content does not match its hash (altered)");
        }
        expectedSeq = e.seq() + 1;
        expectedPrev = e.hash();
        return firstBreak == null;
    }

    /** Compares the end of the chain with the recorded head (last sequence number and hash). */
    public Result finish(long headSeq, String headHash) {
        if (firstBreak == null && (expectedSeq - 1 != headSeq || !expectedPrev.equals(headHash))) {
            firstBreak = new Break(expectedSeq, expectedSeq - 1 < headSeq
                    ? "entries " + expectedSeq + " to " + headSeq + " are missing at the end"
                    : "the chain does not end where its head says");
        }
        return new Result(checked, Optional.ofNullable(firstBreak));
    }
}
