package id.balai.register.domain;

/**
 * The documentation stages of Perbup Pasal 16(3), in their only order: description and determination (a),
 * verification (b), authentication by the unit that holds it (c), codification with the tenant's code scheme (d).
 */
public enum DocumentationStage {
    DESCRIBED,
    VERIFIED,
    AUTHENTICATED,
    CODIFIED;

    /** The stage that may follow this one, if any. */
    public boolean mayBeFollowedBy(DocumentationStage next) {
        return next.ordinal() == ordinal() + 1;
    }
}
