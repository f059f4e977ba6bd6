package id.balai.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.balai.complaints.domain.routing.Routing;
import id.balai.complaints.infrastructure.routing.TribuoRoutingTrainer;
import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantStatus;

/** A regency without a trained model is offered its category map at once; a changed definition starts cold again. */
class RoutingSuggestionsTest {

    @Test
    void aRegencyWithoutAModelGetsItsCategoryMapWithoutWaitingForTheJob() {
        RoutingSuggestions s = new RoutingSuggestions();
        s.trainer = new TribuoRoutingTrainer();
        Tenant muaraEnim = new Tenant(TenantFiles.definition("muara-enim"), TenantStatus.ACTIVE);

        RoutingSuggestions.Status first = s.status(muaraEnim);
        assertThat(first.basis()).isEqualTo(Routing.Basis.CATEGORY_MAP);
        assertThat(first.historySize()).isZero();
        assertThat(first.examples()).isEqualTo(Routing.seedExamples(muaraEnim.definition()).size());
        assertThat(first.minHistory()).isEqualTo(Routing.MIN_HISTORY);
        // The same definition keeps the same model.
        assertThat(s.status(muaraEnim).trainedAt()).isEqualTo(first.trainedAt());

        // Another version of the definition (a live edit of the category map, say) gets a model of its own.
        Tenant edited = new Tenant(TenantFiles.definition("muara-enim"), TenantStatus.ACTIVE);
        assertThat(s.current(edited).definitionVersion()).isSameAs(edited.definition());
    }
}
