package id.balai.letters.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The kop surat: the coat of arms on the left, then the government ("PEMERINTAH KABUPATEN LUWU TIMUR"), the office
 * that writes, its address and how to reach it, above a double rule.
 *
 * @param coatOfArms a PNG, if the regency's folder has one
 */
public record Letterhead(String government, String office, String address, String contact,
        Optional<byte[]> coatOfArms) {
    public Letterhead {
        Objects.requireNonNull(government, "government");
        Objects.requireNonNull(office, "office");
        address = address == null ? "" : address;
        contact = contact == null ? "" : contact;
        coatOfArms = coatOfArms == null ? Optional.empty() : coatOfArms;
    }
}
