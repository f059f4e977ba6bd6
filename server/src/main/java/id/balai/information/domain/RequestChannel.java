package id.balai.information.domain;

/**
 * How a request came in (Perbup Pasal 22(1): in writing or orally). {@code EMAIL} requests wait for the same-day
 * confirmation of Pasal 22(9).
 */
public enum RequestChannel {
    WEB, WALK_IN, ORAL, LETTER, EMAIL;

    /** The channel in Bahasa Indonesia, for notes kept in a request's history (docs/glossary.md). */
    public String words() {
        return switch (this) {
            case WEB -> "situs web";
            case WALK_IN -> "datang langsung";
            case ORAL -> "lisan";
            case LETTER -> "surat";
            case EMAIL -> "e-mail";
        };
    }
}
