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
}
