package id.balai.information.domain;

/** How the requester wants to obtain the information (Perki 1/2021 request form). */
public enum ObtainMethod {
    SEE, READ, LISTEN, NOTE, SOFT_COPY, HARD_COPY;

    /** A copy of the information itself, for which Pasal 22(8) asks a written request with an ID copy. */
    public boolean isCopy() {
        return this == SOFT_COPY || this == HARD_COPY;
    }

    /** As the Perki 1/2021 form words it. */
    public String words() {
        return switch (this) {
            case SEE -> "melihat";
            case READ -> "membaca";
            case LISTEN -> "mendengarkan";
            case NOTE -> "mencatat";
            case SOFT_COPY -> "salinan elektronik (softcopy)";
            case HARD_COPY -> "salinan tercetak (hardcopy)";
        };
    }
}
