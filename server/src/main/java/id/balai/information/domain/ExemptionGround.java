package id.balai.information.domain;

/**
 * The exemption grounds of UU KIP Ps 17 (a-j), the only lawful reasons to refuse (Perbup Pasal 16(1)b.4).
 */
public enum ExemptionGround {
    /** a: obstructs law enforcement. */
    A_LAW_ENFORCEMENT,
    /** b: intellectual property and fair competition. */
    B_INTELLECTUAL_PROPERTY,
    /** c: defence and state security. */
    C_DEFENCE_SECURITY,
    /** d: Indonesia's natural resources. */
    D_NATURAL_RESOURCES,
    /** e: national economic resilience. */
    E_ECONOMIC_RESILIENCE,
    /** f: foreign relations. */
    F_FOREIGN_RELATIONS,
    /** g: authentic deeds and last wills. */
    G_DEEDS_WILLS,
    /** h: personal secrets. */
    H_PERSONAL_SECRETS,
    /** i: internal memoranda between or within public bodies. */
    I_INTERNAL_MEMORANDA,
    /** j: information not to be disclosed under a law. */
    J_BY_LAW
}
