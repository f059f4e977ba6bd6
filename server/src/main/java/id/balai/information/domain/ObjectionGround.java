package id.balai.information.domain;

/**
 * The seven grounds of an objection (UU KIP Ps 35(1); Perki 1/2021 Ps 39; Perbup Luwu Timur Pasal 24 lists them in
 * an older form). Grounds b-g may be settled by deliberation (Perbup Pasal 24(3)); a refusal on exemption grounds
 * (a) may not.
 */
public enum ObjectionGround {
    A_REFUSED_EXEMPT, B_PERIODIC_NOT_PROVIDED, C_NOT_ANSWERED, D_ANSWERED_OTHERWISE, E_NOT_GRANTED,
    F_UNREASONABLE_FEE, G_DEADLINE_EXCEEDED;

    public boolean settleable() {
        return this != A_REFUSED_EXEMPT;
    }
}
