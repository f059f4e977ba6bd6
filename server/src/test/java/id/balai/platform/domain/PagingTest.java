package id.balai.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void outOfRangeValuesAreClampedAndTheOffsetNeverOverflows() {
        assertThat(Paging.page(-5)).isZero();
        assertThat(Paging.page(Integer.MAX_VALUE)).isEqualTo(Paging.MAX_PAGE);
        assertThat(Paging.size(0, 100)).isEqualTo(1);
        assertThat(Paging.size(Integer.MAX_VALUE, 100)).isEqualTo(100);
        assertThat(Paging.size(Integer.MIN_VALUE, 100)).isEqualTo(1);
        assertThat(Paging.offset(Integer.MAX_VALUE, Integer.MAX_VALUE))
                .isEqualTo(Paging.MAX_PAGE * Paging.MAX_SIZE).isPositive();
        assertThat(Paging.offset(Integer.MIN_VALUE, 20)).isZero();
        assertThat(Paging.offset(3, 20)).isEqualTo(60);
    }
}
