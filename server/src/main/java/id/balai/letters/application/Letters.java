package id.balai.letters.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import id.balai.identity.application.ActorNames;
import id.balai.identity.application.SignatoryProfiles;
import id.balai.identity.domain.SignatoryProfile;
import id.balai.letters.domain.Letter;
import id.balai.letters.domain.LetterKind;
import id.balai.letters.domain.LetterNumberPattern;
import id.balai.letters.domain.LetterSigner;
import id.balai.letters.domain.Letterhead;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Issues official letters for the contexts that write them. A letter's number is taken at the act it records
 * ({@link #number}), in the act's transaction, so numbers follow the order of the acts; the letter is rendered,
 * made PDF/A, signed and stored at its first request ({@link #pdf}) and is the same document ever after.
 */
@ApplicationScoped
public class Letters {
    /** The default classification code: 045.2, public information services (Permendagri 83/2022). */
    static final String DEFAULT_CODE = "045.2";

    @Inject
    LetterNumbering numbers;

    @Inject
    SignatoryProfiles profiles;

    @Inject
    ActorNames names;

    @Inject
    LetterSigner signer;

    @Inject
    LetterLayout layout;

    /**
     * What the issuing context says of a letter; the head, the number, the place and the signatory block are this
     * context's.
     *
     * @param position the signatory's position when their profile names none (the role's title)
     */
    public record Draft(String subject, List<String> addressee, List<Letter.Block> body, List<String> attachments,
            List<String> copies, String position) {
    }

    /**
     * Takes the letter's number for the act of {@code actor} on {@code date}, unless it has one; in the caller's
     * tenant-scoped transaction.
     *
     * @return the number
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String number(Tenant tenant, LetterKind kind, String subjectId, LocalDate date, String actor,
            Instant now) {
        TenantDefinition.Letters config = tenant.definition().letters();
        LetterNumberPattern pattern = config.numbering() == null ? LetterNumberPattern.DEFAULT
                : new LetterNumberPattern(config.numbering());
        String code = config.codes().getOrDefault(kind.name(), DEFAULT_CODE);
        String unit = kind.spikm() ? spikmHost(tenant.definition()).map(TenantDefinition.OrgUnit::code).orElse("SPIKM")
                : config.unit() == null ? "PPID" : config.unit();
        return numbers.take(tenant.id(), kind, subjectId, date, actor,
                seq -> pattern.format(code, seq, unit, date.getYear()), now).number();
    }

    /**
     * The letter as issued: stored, or rendered now from {@code draft} with the number taken at the act (taken now,
     * dated {@code date} and signed by {@code actor}, for a letter whose act came before letters were numbered);
     * in the caller's tenant-scoped transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] pdf(Tenant tenant, LetterKind kind, String subjectId, LocalDate date, String actor,
            Supplier<Draft> draft, Instant now) {
        Optional<LetterNumbering.Issued> issued = numbers.find(tenant.id(), kind, subjectId);
        if (issued.isPresent() && issued.get().pdf().isPresent()) {
            return issued.get().pdf().get();
        }
        number(tenant, kind, subjectId, date, actor, now);
        LetterNumbering.Issued n = numbers.find(tenant.id(), kind, subjectId).orElseThrow();
        Draft d = draft.get();
        Letter.Signatory signatory = signatory(tenant, n.signedBy(), d.position());
        String place = place(tenant.definition());
        Letter letter = new Letter(head(tenant.definition(), kind), n.number(), place, n.date(), d.subject(),
                d.addressee(), d.body(), signatory, d.attachments(), d.copies());
        String title = kind.words() + " " + n.number();
        byte[] signed = signer.sign(tenant.id(), layout.render(letter, title, now), signatory.name(),
                kind.words() + " Nomor " + n.number(), place);
        return numbers.store(tenant.id(), kind, subjectId, signed, sha256(signed));
    }

    /** The officer's name, with the position and NIP of their profile; the role's title when they have none. */
    private Letter.Signatory signatory(Tenant tenant, String actor, String position) {
        String name = ActorNames.in(names.of(tenant.id(), Set.of(actor)), actor).displayName();
        Optional<SignatoryProfile> profile = ActorNames.kindOf(actor) == ActorNames.Kind.OFFICER
                ? profiles.of(tenant.id(), UUID.fromString(actor))
                : Optional.empty();
        return new Letter.Signatory(profile.map(SignatoryProfile::position).orElse(position),
                name == null ? position : name, profile.flatMap(SignatoryProfile::nip));
    }

    /** The letter as issued, if it was; in the caller's tenant-scoped transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<byte[]> issued(Tenant tenant, LetterKind kind, String subjectId) {
        return numbers.find(tenant.id(), kind, subjectId).flatMap(LetterNumbering.Issued::pdf);
    }

    /** The unit that hosts the SPIKM (Perbup Muara Enim Pasal 3(1)); its office writes the SPIKM's letters. */
    static Optional<TenantDefinition.OrgUnit> spikmHost(TenantDefinition d) {
        return d.flattenedUnits().stream().map(TenantDefinition.PlacedUnit::unit)
                .filter(TenantDefinition.OrgUnit::hostsSpikm).findFirst();
    }

    static Letterhead head(TenantDefinition d) {
        return head(d, LetterKind.WRITTEN_NOTICE);
    }

    static Letterhead head(TenantDefinition d, LetterKind kind) {
        TenantDefinition.Letters l = d.letters();
        String government = l.government() != null ? l.government() : "PEMERINTAH " + d.name().toUpperCase();
        String office = kind.spikm()
                ? spikmHost(d).map(u -> u.name().toUpperCase(java.util.Locale.ROOT)).orElse("PENGELOLA SPIKM")
                : l.office() != null ? l.office() : "PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI";
        Optional<byte[]> arms = Optional.ofNullable(l.coatOfArms()).filter(s -> s.startsWith("data:image/png;base64,"))
                .map(s -> Base64.getDecoder().decode(s.substring("data:image/png;base64,".length())));
        return new Letterhead(government, office, l.address(), l.contact(), arms);
    }

    /** Where the regency dates its letters. */
    public static String place(TenantDefinition d) {
        return d.letters().place() != null ? d.letters().place() : d.name();
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
