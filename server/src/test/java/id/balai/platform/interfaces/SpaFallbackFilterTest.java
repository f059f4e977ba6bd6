package id.balai.platform.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpaFallbackFilterTest {

    @Test
    void portalPagesAreServedByTheSinglePageApp() {
        assertThat(SpaFallbackFilter.isPage("GET", "/")).isTrue();
        assertThat(SpaFallbackFilter.isPage("GET", "/muara-enim/")).isTrue();
        assertThat(SpaFallbackFilter.isPage("GET", "/muara-enim/lacak/ME-2026-000001")).isTrue();
        assertThat(SpaFallbackFilter.isPage("HEAD", "/luwu-timur")).isTrue();
    }

    @Test
    void theApiHealthOpenApiAndFilesPassThrough() {
        assertThat(SpaFallbackFilter.isPage("GET", "/api/tenants")).isFalse();
        assertThat(SpaFallbackFilter.isPage("GET", "/api")).isFalse();
        assertThat(SpaFallbackFilter.isPage("GET", "/health/ready")).isFalse();
        assertThat(SpaFallbackFilter.isPage("GET", "/openapi/ui")).isFalse();
        assertThat(SpaFallbackFilter.isPage("GET", "/assets/index-abc123.js")).isFalse();
        assertThat(SpaFallbackFilter.isPage("GET", "/favicon.svg")).isFalse();
        assertThat(SpaFallbackFilter.isPage("POST", "/muara-enim/")).isFalse();
    }
}
