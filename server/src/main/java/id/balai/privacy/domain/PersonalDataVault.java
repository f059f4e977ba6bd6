package id.balai.privacy.domain;

import java.util.List;
import java.util.Optional;

import id.balai.platform.domain.PhoneNumber;
import id.balai.platform.domain.TenantId;

/**
 * Where personal data lives, apart from the cases that refer to it. Every operation names the tenant: a reference
 * of another tenant is unknown here. Implementations encrypt every field at rest and never log a value.
 */
public interface PersonalDataVault {

    /**
     * Keeps a person's data and answers the reference a case stores instead of it.
     *
     * @throws id.balai.platform.domain.DomainException {@code PERSONAL_DATA_INCOMPLETE} when there is no name,
     *         phone or e-mail
     */
    PersonRef store(TenantId tenant, PersonalData data);

    /**
     * The person's data, for a named reader and purpose (the read is recorded with them). A person whose data was
     * erased answers {@link PersonalData#erased()} (every field empty, {@link PersonalData#isErased()}), so that a
     * case can say "erased" rather than "unknown"; a reference this tenant does not hold answers empty.
     */
    Optional<PersonalData> read(TenantId tenant, PersonRef person, AccessReason reason);

    /**
     * Erases the person's data for good (UU 27/2022 Pasal 8, 43): the fields and the lookup digests are cleared, the
     * reference and the time of erasure stay so that the cases referring to it still read. Erasing twice keeps the
     * first time.
     *
     * @throws PersonNotFoundException when this tenant holds no such person
     */
    void erase(TenantId tenant, PersonRef person);

    /** The persons stored with this phone number in any of its written forms ({@link PhoneNumber}), oldest first. */
    List<PersonRef> findByPhone(TenantId tenant, String phone);

    /** The persons stored with this e-mail address, ignoring case, oldest first. */
    List<PersonRef> findByEmail(TenantId tenant, String email);
}
