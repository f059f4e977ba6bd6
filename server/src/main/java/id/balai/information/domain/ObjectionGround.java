package id.balai.information.domain;

/**
 * The seven grounds of an objection (UU KIP Ps 35(1); Perki 1/2021 Ps 39; Perbup Luwu Timur Pasal 24 lists them in
 * an older form). Grounds b-g may be settled by deliberation (Perbup Pasal 24(3)); a refusal on exemption grounds
 * (a) may not.
 */
public enum ObjectionGround {
    A_REFUSED_EXEMPT, B_PERIODIC_NOT_PROVIDED, C_NOT_ANSWERED, D_ANSWERED_OTHERWISE, E_NOT_GRANTED,
    F_UNREASONABLE_FEE, G_DEADLINE_EXCEEDED;

    /** The ground in the words of UU KIP Pasal 35(1), with its letter. */
    public String words() {
        return switch (this) {
            case A_REFUSED_EXEMPT -> "a. penolakan berdasarkan alasan pengecualian";
            case B_PERIODIC_NOT_PROVIDED -> "b. informasi berkala tidak disediakan";
            case C_NOT_ANSWERED -> "c. permintaan informasi tidak ditanggapi";
            case D_ANSWERED_OTHERWISE -> "d. permintaan ditanggapi tidak sebagaimana diminta";
            case E_NOT_GRANTED -> "e. permintaan informasi tidak dipenuhi";
            case F_UNREASONABLE_FEE -> "f. biaya yang tidak wajar";
            case G_DEADLINE_EXCEEDED -> "g. informasi disampaikan melebihi waktu";
        };
    }

    public boolean settleable() {
        return this != A_REFUSED_EXEMPT;
    }
}
