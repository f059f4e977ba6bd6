package id.balai.complaints.domain;

/** What a citizen sends (SPIKM Pasal 5a). */
public enum ReportType {
    /** Pernyataan / berita. */
    STATEMENT,
    /** Keluhan. */
    COMPLAINT,
    /** Kritikan. */
    CRITICISM,
    /** Pertanyaan. */
    QUESTION,
    /** Saran. */
    SUGGESTION
}
