package id.balai.information.domain;

/**
 * What a request asks (Perbup Pasal 21; Perki 1/2021 request form). The requester's identity is not here: it is
 * in the personal-data vault.
 *
 * @param informationWanted the information asked for (Pasal 21c)
 * @param purpose           what it is for (Pasal 21d)
 * @param obtainMethod      see/read/listen/note, or a soft or hard copy
 * @param receiveMethod     how a copy reaches the requester (null when nothing is copied)
 * @param willingToPay      willingness to pay the reasonable cost of copying and sending (Pasal 21e)
 * @param smsContact        whether the requester left a phone number to be told by SMS
 * @param emailContact      whether the requester left an e-mail address to be told by e-mail
 */
public record RequestContent(RequesterType requesterType, String informationWanted, String purpose,
        ObtainMethod obtainMethod, ReceiveMethod receiveMethod, boolean willingToPay, boolean smsContact,
        boolean emailContact) {
}
