package id.balai.register.domain;

/**
 * The grounds of exemption of UU KIP Pasal 17 a-j (Perbup Pasal 6(1), 16(1)b.4). Grounds a-f are not permanent
 * (UU KIP Ps 20(1)): an exemption on them carries an end date.
 */
public enum ExemptionGround {
    /** Ps 17a: would obstruct law enforcement. */
    A("menghambat proses penegakan hukum", "obstructs law enforcement"),
    /** Ps 17b: intellectual property and fair competition. */
    B("mengganggu perlindungan hak kekayaan intelektual dan persaingan usaha tidak sehat",
            "harms intellectual property or fair competition"),
    /** Ps 17c: defence and security of the state. */
    C("membahayakan pertahanan dan keamanan negara", "endangers defence and security"),
    /** Ps 17d: natural resources of Indonesia. */
    D("mengungkapkan kekayaan alam Indonesia", "reveals Indonesia's natural resources"),
    /** Ps 17e: national economic resilience. */
    E("merugikan ketahanan ekonomi nasional", "harms national economic resilience"),
    /** Ps 17f: foreign relations. */
    F("merugikan kepentingan hubungan luar negeri", "harms foreign relations"),
    /** Ps 17g: authentic deeds and wills. */
    G("mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang",
            "reveals private authentic deeds or wills"),
    /** Ps 17h: personal secrets. */
    H("mengungkap rahasia pribadi", "reveals personal secrets"),
    /** Ps 17i: internal memoranda and letters. */
    I("memorandum atau surat-surat antar atau intra badan publik yang menurut sifatnya dirahasiakan",
            "internal memoranda that are confidential by nature"),
    /** Ps 17j: not to be disclosed under a law. */
    J("informasi yang tidak boleh diungkapkan berdasarkan undang-undang", "not to be disclosed under a law");

    private final String id;
    private final String en;

    ExemptionGround(String id, String en) {
        this.id = id;
        this.en = en;
    }

    public String descriptionId() {
        return id;
    }

    public String descriptionEn() {
        return en;
    }

    /** UU KIP Ps 20(1): exemptions on grounds a-f are not permanent. */
    public boolean permanent() {
        return ordinal() > F.ordinal();
    }

    /** How the law cites it: {@code UU 14/2008 Pasal 17 huruf c}. */
    public String citation() {
        return "UU 14/2008 Pasal 17 huruf " + name().toLowerCase();
    }
}
