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
    J_BY_LAW;

    /** The ground as UU KIP Pasal 17 words it, with its letter: "huruf h, rahasia pribadi". */
    public String words() {
        return "huruf " + name().substring(0, 1).toLowerCase() + ", " + switch (this) {
            case A_LAW_ENFORCEMENT -> "menghambat proses penegakan hukum";
            case B_INTELLECTUAL_PROPERTY -> "mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan "
                    + "perlindungan dari persaingan usaha tidak sehat";
            case C_DEFENCE_SECURITY -> "membahayakan pertahanan dan keamanan negara";
            case D_NATURAL_RESOURCES -> "mengungkapkan kekayaan alam Indonesia";
            case E_ECONOMIC_RESILIENCE -> "merugikan ketahanan ekonomi nasional";
            case F_FOREIGN_RELATIONS -> "merugikan kepentingan hubungan luar negeri";
            case G_DEEDS_WILLS -> "mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir atau "
                    + "wasiat seseorang";
            case H_PERSONAL_SECRETS -> "mengungkap rahasia pribadi";
            case I_INTERNAL_MEMORANDA -> "memorandum atau surat-surat antar badan publik atau intra badan publik "
                    + "yang menurut sifatnya dirahasiakan";
            case J_BY_LAW -> "informasi yang tidak boleh diungkapkan berdasarkan undang-undang";
        };
    }
}
