package id.balai.complaints.domain;

/** How it arrived (SPIKM Pasal 5a, 8): the answer goes back the same way. */
public enum Channel {
    WEB, SMS, WALK_IN, EMAIL, WHATSAPP
}
