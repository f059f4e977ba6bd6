package id.balai.letters.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An official letter (naskah dinas) as the Tata Naskah Dinas lays it out: the kop surat, the number, the place and
 * date, the nature and the subject (Sifat, Lampiran, Hal), the addressee, the body with its legal basis, the
 * signatory and the copies (Tembusan). Everything here is Indonesian: English versions live on the web, never in the
 * letter.
 *
 * @param number the letter number as issued (see {@link LetterNumberPattern})
 * @param attachments what goes with the letter, by name; empty: "-"
 * @param body the paragraphs and field lists, in order
 */
public record Letter(Letterhead head, String number, String place, LocalDate date, String subject,
        List<String> addressee, List<Block> body, Signatory signatory, List<String> attachments,
        List<String> copies) {

    public Letter {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(signatory, "signatory");
        addressee = List.copyOf(addressee);
        body = List.copyOf(body);
        attachments = List.copyOf(attachments);
        copies = List.copyOf(copies);
    }

    /** A piece of the body. */
    public sealed interface Block {
    }

    /** A paragraph of running text. */
    public record Text(String text) implements Block {
    }

    /** A label and its value, laid out as a two-column list ("Nomor pendaftaran : ..."). */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    public record Field(String label, String value) {
    }

    /** A numbered list. */
    public record Items(List<String> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /**
     * Who signs: the position (jabatan), the name and the NIP (Nomor Induk Pegawai) from the officer's profile.
     *
     * @param nip 18 digits; empty for an official who has none (a village head)
     */
    public record Signatory(String position, String name, Optional<String> nip) {
        public Signatory {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(name, "name");
            nip = nip == null ? Optional.empty() : nip;
        }
    }
}
