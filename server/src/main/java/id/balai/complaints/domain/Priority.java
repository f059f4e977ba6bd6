package id.balai.complaints.domain;

/** How urgently the central administrator judges a report must be handled (issue 17 item 2). */
public enum Priority {
    LOW("Rendah"), NORMAL("Biasa"), HIGH("Tinggi"), URGENT("Mendesak");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    /** Its name in Bahasa Indonesia, as the case's history shows it. */
    public String label() {
        return label;
    }
}
