package id.balai.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> out = new ArrayList<>();
        String prev = AuditHash.GENESIS;
        for (int i = 1; i <= n; i++) {
            Instant at = AuditHash.truncate(Instant.parse("2026-03-16T02:00:00Z").plusSeconds(i));
            String detail = "{\"n\":" + i + "}";
            String hash = AuditHash.of(prev, "muara-enim", i, at, "actor", "TENANT_ADMIN", "OFFICER_CREATED",
                    "account", "id-" + i, detail, "req-" + i);
            out.add(new AuditEntry("muara-enim", i, at, "actor", "TENANT_ADMIN", "OFFICER_CREATED", "account",
                    "id-" + i, detail, "req-" + i, prev, hash));
            prev = hash;
        }
        return out;
    }

    private static ChainVerifier.Result verify(List<AuditEntry> entries, long headSeq, String headHash) {
        ChainVerifier v = new ChainVerifier();
        for (AuditEntry e : entries) {
            if (!v.accept(e)) {
                break;
            }
        }
        return v.finish(headSeq, headHash);
    }

    @Test
    void anIntactChainHolds() {
        List<AuditEntry> c = chain(5);
        ChainVerifier.Result r = verify(c, 5, c.get(4).hash());
        assertThat(r.valid()).isTrue();
        assertThat(r.entries()).isEqualTo(5);
    }

    @Test
    void anAlteredEntryIsFoundWhereItIs() {
        List<AuditEntry> c = chain(5);
        AuditEntry e = c.get(2);
        c.set(2, new AuditEntry(e.chain(), e.seq(), e.at(), "someone-else", e.actorRoles(), e.action(),
                e.subjectType(), e.subjectId(), e.detail(), e.requestId(), e.prevHash(), e.hash()));
        ChainVerifier.Result r = verify(c, 5, c.get(4).hash());
        assertThat(r.firstBreak()).get().extracting(ChainVerifier.Break::seq).isEqualTo(3L);
        assertThat(r.firstBreak().get().reason()).contains("altered");
    }

    @Test
    void aDeletedEntryIsFoundAsAGap() {
        List<AuditEntry> c = chain(5);
        c.remove(1);
        ChainVerifier.Result r = verify(c, 5, chain(5).get(4).hash());
        assertThat(r.firstBreak()).get().extracting(ChainVerifier.Break::seq).isEqualTo(2L);
        assertThat(r.firstBreak().get().reason()).contains("missing");
    }

    @Test
    void cuttingOffTheNewestEntriesIsFoundAgainstTheHead() {
        List<AuditEntry> full = chain(5);
        ChainVerifier.Result r = verify(full.subList(0, 3), 5, full.get(4).hash());
        assertThat(r.firstBreak()).get().extracting(ChainVerifier.Break::seq).isEqualTo(4L);
    }

    @Test
    void aRecomputedHashStillBreaksTheNextLink() {
        List<AuditEntry> c = chain(5);
        AuditEntry e = c.get(1);
        AuditEntry forged = new AuditEntry(e.chain(), e.seq(), e.at(), "forger", e.actorRoles(), e.action(),
                e.subjectType(), e.subjectId(), e.detail(), e.requestId(), e.prevHash(), null);
        forged = new AuditEntry(forged.chain(), forged.seq(), forged.at(), forged.actorId(), forged.actorRoles(),
                forged.action(), forged.subjectType(), forged.subjectId(), forged.detail(), forged.requestId(),
                forged.prevHash(), AuditHash.of(forged));
        c.set(1, forged);
        ChainVerifier.Result r = verify(c, 5, c.get(4).hash());
        assertThat(r.firstBreak()).get().extracting(ChainVerifier.Break::seq).isEqualTo(3L);
        assertThat(r.firstBreak().get().reason()).contains("does not link");
    }
}
