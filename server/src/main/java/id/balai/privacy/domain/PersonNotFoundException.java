package id.balai.privacy.domain;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;

/** No person by that reference in this tenant's vault (another tenant's reference looks the same). */
public class PersonNotFoundException extends DomainException {
    public PersonNotFoundException() {
        super(Kind.NOT_FOUND, "PERSON_NOT_FOUND",
                Message.of("Data pribadi tidak ditemukan.", "Personal data not found."));
    }
}
