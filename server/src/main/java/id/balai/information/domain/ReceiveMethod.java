package id.balai.information.domain;

/** How the requester receives a copy (Perki 1/2021 request form). */
public enum ReceiveMethod {
    TAKE, COURIER, POST, FAX, EMAIL
}
