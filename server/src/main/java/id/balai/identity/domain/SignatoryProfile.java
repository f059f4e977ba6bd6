package id.balai.identity.domain;

import java.util.Optional;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;

/**
 * What an officer's letters print under their name (Tata Naskah Dinas): the position (jabatan) and the NIP, the
 * 18-digit civil servant number. An official who is no civil servant (a village head) has no NIP.
 */
public record SignatoryProfile(String position, Optional<String> nip) {

    public SignatoryProfile {
        position = position == null ? "" : position.strip().replaceAll("\\s+", " ");
        if (position.length() < 3 || position.length() > 160) {
            throw new DomainException(DomainException.Kind.INVALID, "INVALID_POSITION",
                    Message.of("Jabatan wajib diisi, 3 sampai 160 karakter.",
                            "The position is required, 3 to 160 characters."), "position");
        }
        nip = nip == null ? Optional.empty() : nip.map(n -> n.replaceAll("[\\s.]", "")).filter(n -> !n.isEmpty());
        if (nip.isPresent() && !nip.get().matches("[0-9]{18}")) {
            throw new DomainException(DomainException.Kind.INVALID, "INVALID_NIP",
                    Message.of("NIP terdiri atas 18 angka.", "A NIP has 18 digits."), "nip");
        }
    }
}
