package id.balai.complaints.domain;

/** Why the central administrator refuses a submission. */
public enum RejectionReason {
    SPAM, NOT_REGENCY_MATTER, DUPLICATE;

    /** Why, in Bahasa Indonesia, as the reporter reads it in the history and in the news of the refusal. */
    public String words() {
        return switch (this) {
            case SPAM -> "bukan laporan yang dapat ditindaklanjuti";
            case NOT_REGENCY_MATTER -> "bukan kewenangan pemerintah kabupaten";
            case DUPLICATE -> "sama dengan laporan lain yang sudah ditangani";
        };
    }

    /** Why, in English (the English side of the news of the refusal). */
    public String wordsEn() {
        return switch (this) {
            case SPAM -> "it is not a report that can be followed up";
            case NOT_REGENCY_MATTER -> "it is not a matter for the regency government";
            case DUPLICATE -> "it is the same as another report already being handled";
        };
    }
}
