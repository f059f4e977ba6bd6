package id.balai.tenancy.domain;

/** The kinds of unit in a regency's organisation (Perbup Luwu Timur Pasal 8). */
public enum OrgUnitKind {
    /** Sekretariat Daerah: the Sekda is the Atasan PPID. */
    REGIONAL_SECRETARIAT,
    /** A regional agency (SKPD / Perangkat Daerah). */
    AGENCY,
    /** Sekretariat DPRD. */
    DPRD_SECRETARIAT,
    /** Kecamatan. */
    DISTRICT,
    /** Desa, under a district. */
    VILLAGE,
    /** Kelurahan, under a district. */
    WARD
}
