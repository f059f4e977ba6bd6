package id.balai.compliance.domain;

/**
 * The e-Monev keterbukaan informasi publik category bands of the Information Commission (Komisi Informasi Pusat,
 * Peraturan KI 1/2022 on monitoring and evaluation), applied here to Balai's own composite score.
 */
public enum Band {
    INFORMATIF(90, "Informatif", "Informative"),
    MENUJU_INFORMATIF(80, "Menuju Informatif", "Towards informative"),
    CUKUP_INFORMATIF(60, "Cukup Informatif", "Fairly informative"),
    KURANG_INFORMATIF(40, "Kurang Informatif", "Less informative"),
    TIDAK_INFORMATIF(0, "Tidak Informatif", "Not informative");

    private final double floor;
    private final String id;
    private final String en;

    Band(double floor, String id, String en) {
        this.floor = floor;
        this.id = id;
        this.en = en;
    }

    /** The band of a score (0-100), read at one decimal as e-Monev reports it: 89.96 is 90.0, Informatif. */
    public static Band of(double score) {
        double rounded = Math.round(score * 10) / 10.0;
        for (Band b : values()) {
            if (rounded >= b.floor) {
                return b;
            }
        }
        return TIDAK_INFORMATIF;
    }

    public double floor() {
        return floor;
    }

    public String labelId() {
        return id;
    }

    public String labelEn() {
        return en;
    }
}
