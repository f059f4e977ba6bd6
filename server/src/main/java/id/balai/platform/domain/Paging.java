package id.balai.platform.domain;

/**
 * How every listing reads its {@code page} (from 0) and {@code size} query parameters: out-of-range values are
 * clamped, never refused and never overflowing. A page below 0 is page 0, a page above {@link #MAX_PAGE} is that
 * page (empty unless a listing is that long); a size below 1 is 1, above the listing's maximum is the maximum. The
 * answer always says which page and size it served. With at most {@link #MAX_PAGE} pages of at most
 * {@link #MAX_SIZE} rows the offset is far inside an {@code int} (the {@code page * size} of
 * {@code page=2147483647} used to overflow into a negative offset: a 500 from PostgreSQL).
 */
public final class Paging {
    /** Deeper than any listing Balai serves a page at a time (the exports list everything). */
    public static final int MAX_PAGE = 100_000;
    /** The largest size any listing allows. */
    public static final int MAX_SIZE = 1_000;

    private Paging() {
    }

    public static int page(int page) {
        return Math.min(MAX_PAGE, Math.max(0, page));
    }

    public static int size(int size, int max) {
        return Math.min(Math.min(max, MAX_SIZE), Math.max(1, size));
    }

    /** The first row of a page, for any arguments: clamped first, so it never overflows. */
    public static int offset(int page, int size) {
        return Math.multiplyExact(page(page), size(size, MAX_SIZE));
    }
}
