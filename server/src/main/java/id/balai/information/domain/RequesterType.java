package id.balai.information.domain;

/** Who may ask (Perbup Pasal 20; UU KIP Ps 1 no. 12). */
public enum RequesterType {
    INDIVIDUAL, GROUP, NGO, MASS_ORGANISATION, POLITICAL_PARTY, PUBLIC_BODY
}
