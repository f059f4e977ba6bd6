package id.balai.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;
import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantNotFoundException;
import id.balai.tenancy.domain.TenantStatus;

class RequestTenantTest {
    private final TenantRegistry registry = new TenantRegistry();
    private final Tenant muaraEnim = TenantFiles.tenant("muara-enim");
    private final Tenant luwuTimur = new Tenant(TenantFiles.definition("luwu-timur"), TenantStatus.SUSPENDED);
    private final RequestTenant request = new RequestTenant();

    RequestTenantTest() {
        registry.replaceAll(List.of(muaraEnim, luwuTimur));
        request.registry = registry;
    }

    @Test
    void thePathsRegencyIsResolvedOnceForTheWholeRequest() {
        request.bind("muara-enim");

        assertThat(request.tenant()).isSameAs(muaraEnim);
        assertThat(request.id()).isEqualTo(muaraEnim.id());
        // A definition reloaded mid-request does not change the regency the request started with.
        registry.replaceAll(List.of(luwuTimur));
        assertThat(request.tenant()).isSameAs(muaraEnim);
    }

    @Test
    void anUnknownOrSuspendedRegencyIsNotFoundWhenFirstAskedFor() {
        request.bind("tidak-ada");
        assertThatThrownBy(request::tenant).isInstanceOf(TenantNotFoundException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("TENANT_NOT_FOUND");

        request.bind("luwu-timur");
        assertThatThrownBy(request::tenant).isInstanceOf(TenantNotFoundException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("TENANT_SUSPENDED");
    }

    @Test
    void aPathWithoutARegencyHasNoTenantToGive() {
        assertThatThrownBy(request::tenant).isInstanceOf(IllegalStateException.class);
    }
}
