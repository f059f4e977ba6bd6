package id.balai.complaints.domain;

/** The handling steps of SPIKM Pasal 1 no. 11; every event of a case is one of them. */
public enum HandlingStep {
    /** Penerimaan. */
    RECEIPT,
    /** Pencatatan. */
    RECORDING,
    /** Penelaahan. */
    REVIEW,
    /** Konfirmasi. */
    CONFIRMATION,
    /** Klarifikasi. */
    CLARIFICATION,
    /** Penelitian. */
    RESEARCH,
    /** Pemeriksaan. */
    EXAMINATION,
    /** Pelaporan. */
    REPORTING,
    /** Tindak lanjut. */
    FOLLOW_UP,
    /** Pengarsipan. */
    ARCHIVING
}
