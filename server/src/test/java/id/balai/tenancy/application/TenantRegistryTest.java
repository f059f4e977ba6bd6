package id.balai.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantNotFoundException;
import id.balai.tenancy.domain.TenantStatus;

class TenantRegistryTest {
    private final TenantRegistry registry = new TenantRegistry();
    private final Tenant muaraEnim = TenantFiles.tenant("muara-enim");
    private final Tenant luwuTimur = new Tenant(TenantFiles.definition("luwu-timur"), TenantStatus.SUSPENDED);

    @Test
    void resolvesActiveTenantsBySlugAndRefusesTheRestAsNotFound() {
        registry.replaceAll(List.of(muaraEnim, luwuTimur));

        assertThat(registry.require("muara-enim")).isSameAs(muaraEnim);
        assertThatThrownBy(() -> registry.require("luwu-timur")).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> registry.require("tidak-ada")).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> registry.require("../etc")).isInstanceOf(TenantNotFoundException.class);
        assertThat(registry.active()).containsExactly(muaraEnim);
    }

    @Test
    void resolvesADeclaredHostNameIgnoringPortAndCase() {
        registry.replaceAll(List.of(muaraEnim));
        String host = muaraEnim.definition().hosts().get(0);

        assertThat(registry.findByHost(host.toUpperCase() + ":9080")).contains(muaraEnim);
        assertThat(registry.findByHost("localhost:9080")).isEmpty();
        assertThat(registry.findByHost(null)).isEmpty();
    }

    @Test
    void findsTheTenantByItsSmsHotlineInAnyWrittenForm() {
        registry.replaceAll(List.of(muaraEnim, TenantFiles.tenant("luwu-timur")));

        // Muara Enim's file says 082374048333; gateways write the receiver in other forms.
        for (String receiver : List.of("082374048333", "6282374048333", "+6282374048333", "+62 823-7404-8333")) {
            assertThat(registry.findBySmsNumber(receiver)).as(receiver).contains(muaraEnim);
        }
        assertThat(registry.findBySmsNumber("081100007324")).map(t -> t.id().value()).contains("luwu-timur");
        assertThat(registry.findBySmsNumber("081299990000")).isEmpty();
        assertThat(registry.findBySmsNumber("bukan nomor")).isEmpty();
        assertThat(registry.findBySmsNumber(null)).isEmpty();
    }

    @Test
    void aSuspendedTenantsHotlineFindsNothing() {
        registry.replaceAll(List.of(luwuTimur));

        assertThat(registry.findBySmsNumber("081100007324")).isEmpty();
    }
}
