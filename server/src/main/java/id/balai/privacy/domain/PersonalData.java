package id.balai.privacy.domain;

import java.util.stream.Stream;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;

/**
 * What identifies a complainant or requester: the fields of the written request form (Perki 1/2021: name, address,
 * occupation, phone or e-mail) and the NIK that a full copy of information requires. Every field is optional;
 * blank means absent. What is stored must let the service reach or name the person (a name, a phone number or an
 * e-mail address); an entry with no field at all is what the vault answers for a person whose data was erased.
 *
 * @param idNumber the NIK (Nomor Induk Kependudukan) from the KTP
 */
public record PersonalData(String name, String phone, String email, String address, String idNumber,
        String occupation) {

    public PersonalData {
        name = clean(name);
        phone = clean(phone);
        email = clean(email);
        address = clean(address);
        idNumber = clean(idNumber);
        occupation = clean(occupation);
    }

    /** What the vault answers for a person whose data was erased: the reference stays, the identity is gone. */
    public static PersonalData erased() {
        return new PersonalData(null, null, null, null, null, null);
    }

    public boolean isErased() {
        return Stream.of(name, phone, email, address, idNumber, occupation).allMatch(f -> f == null);
    }

    /**
     * Refuses data that would neither name nor reach anyone: such an entry would be kept, encrypted and audited
     * for nothing.
     */
    public void checkStorable() {
        if (name == null && phone == null && email == null) {
            throw new DomainException(DomainException.Kind.INVALID, "PERSONAL_DATA_INCOMPLETE",
                    Message.of("Isi paling sedikit nama, nomor telepon, atau alamat e-mail.",
                            "Give at least a name, a phone number or an e-mail address."));
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
