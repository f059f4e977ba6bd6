package id.balai.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.balai.identity.application.ActorNames.Kind;
import id.balai.identity.application.ActorNames.Named;
import id.balai.identity.infrastructure.AccountRepository;
import id.balai.platform.domain.TenantId;

/** Histories name officers by their account's name, in one look-up, and never name a citizen. */
class ActorNamesTest {
    private static final TenantId TENANT = new TenantId("muara-enim");

    /** Answers from a fixed list of the tenant's officers and counts the look-ups. */
    static final class Officers extends AccountRepository {
        final Map<UUID, String> names = new HashMap<>();
        final List<Collection<UUID>> asked = new ArrayList<>();

        @Override
        public Map<UUID, String> officerNames(TenantId tenant, Collection<UUID> ids) {
            asked.add(List.copyOf(ids));
            Map<UUID, String> out = new HashMap<>();
            ids.stream().filter(names::containsKey).forEach(id -> out.put(id, names.get(id)));
            return out;
        }
    }

    @Test
    void kindsFollowWhatEventsRecord() {
        assertThat(ActorNames.kindOf(UUID.randomUUID().toString())).isEqualTo(Kind.OFFICER);
        assertThat(ActorNames.kindOf("system")).isEqualTo(Kind.SYSTEM);
        assertThat(ActorNames.kindOf("system:clock")).isEqualTo(Kind.SYSTEM);
        for (String citizen : new String[] {"reporter", "requester", "citizen:web", "citizen:whatsapp", "requester:web"}) {
            assertThat(ActorNames.kindOf(citizen)).as(citizen).isEqualTo(Kind.CITIZEN);
        }
    }

    @Test
    void officersAreNamedInOneLookUpAndOthersOnlyByKind() {
        UUID siti = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        Officers officers = new Officers();
        officers.names.put(siti, "Siti Rahma");
        ActorNames names = new ActorNames();
        names.accounts = officers;

        Map<String, Named> named = names.of(TENANT, List.of(siti.toString(), "reporter", siti.toString(),
                "system", elsewhere.toString(), "citizen:web"));

        assertThat(officers.asked).hasSize(1);
        assertThat(officers.asked.get(0)).containsExactlyInAnyOrder(siti, elsewhere);
        assertThat(named.get(siti.toString())).isEqualTo(new Named(siti.toString(), Kind.OFFICER, "Siti Rahma"));
        assertThat(named.get("reporter")).isEqualTo(new Named("reporter", Kind.CITIZEN, null));
        assertThat(named.get("citizen:web").displayName()).isNull();
        assertThat(named.get("system").kind()).isEqualTo(Kind.SYSTEM);
        // An account that is no officer of this tenant keeps its kind but gets no name from another tenant.
        assertThat(named.get(elsewhere.toString())).isEqualTo(new Named(elsewhere.toString(), Kind.OFFICER, null));
        assertThat(ActorNames.in(named, "system:lapor").kind()).isEqualTo(Kind.SYSTEM);
    }
}
