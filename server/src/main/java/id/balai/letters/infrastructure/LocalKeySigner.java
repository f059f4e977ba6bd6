package id.balai.letters.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.eclipse.microprofile.config.ConfigProvider;

import id.balai.letters.domain.LetterSigner;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signs letters as PAdES baseline B (PDFBox's external signing, BouncyCastle's CMS): subfilter ETSI.CAdES.detached, a
 * SHA-256 RSA signature over the byte ranges, the signing-certificate-v2 attribute and no signing-time attribute (the
 * time is the signature dictionary's). The key is the regency's, from the environment:
 * {@code BALAI_LETTERS_SIGNING_<SLUG>_KEYSTORE} (a PKCS#12 file in base64; the slug in capitals, '-' as '_') with
 * {@code ..._PASSWORD}, else the platform's {@code BALAI_LETTERS_SIGNING_KEYSTORE} and
 * {@code BALAI_LETTERS_SIGNING_PASSWORD}. Without either, as on a developer's machine and in the tests, a
 * self-signed test certificate is made at the first letter ("sertifikat uji") and a warning is logged: such a
 * letter verifies, but no one trusts its signer.
 */
@ApplicationScoped
public class LocalKeySigner implements LetterSigner {
    private static final Logger LOG = Logger.getLogger(LocalKeySigner.class.getName());
    private final Map<String, Key> keys = new ConcurrentHashMap<>();

    /** A private key with its chain, the signer's certificate first. */
    record Key(PrivateKey key, List<X509Certificate> chain) {
    }

    @Override
    public byte[] sign(TenantId tenant, byte[] pdf, String signer, String reason, String location) {
        return sign(keys.computeIfAbsent(tenant.value(), LocalKeySigner::load), pdf, signer, reason, location);
    }

    static byte[] sign(Key key, byte[] pdf, String signer, String reason, String location) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            sig.setName(signer);
            sig.setReason(reason);
            sig.setLocation(location);
            sig.setSignDate(calendar(Instant.now()));
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
            doc.addSignature(sig, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            external.setSignature(cms(key, external.getContent()));
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The letter could not be signed", e);
        }
    }

    static byte[] cms(Key key, InputStream content) throws IOException {
        try {
            X509Certificate cert = key.chain().get(0);
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            signerInfo.setSignedAttributeGenerator(padesAttributes(cert));
            gen.addSignerInfoGenerator(signerInfo.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(key.key()), cert));
            gen.addCertificates(new JcaCertStore(key.chain()));
            return gen.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("The letter's signature could not be made", e);
        }
    }

    /** PAdES: the signing certificate's digest signed along (ESS signing-certificate-v2), no CMS signing time. */
    private static CMSAttributeTableGenerator padesAttributes(X509Certificate cert)
            throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(digest)}))));
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(v));
        return parameters -> {
            AttributeTable t = defaults.getAttributes(parameters);
            return t.remove(CMSAttributes.signingTime);
        };
    }

    private static Key load(String slug) {
        String env = slug.toUpperCase().replace('-', '_');
        Optional<Key> own = fromConfig("balai.letters.signing." + env.toLowerCase() + ".keystore",
                "balai.letters.signing." + env.toLowerCase() + ".password");
        if (own.isPresent()) {
            return own.get();
        }
        Optional<Key> platform = fromConfig("balai.letters.signing.keystore", "balai.letters.signing.password");
        if (platform.isPresent()) {
            return platform.get();
        }
        LOG.warning(() -> "No signing key for the letters of " + slug + " (BALAI_LETTERS_SIGNING_" + env
                + "_KEYSTORE or BALAI_LETTERS_SIGNING_KEYSTORE): they are signed with a self-signed test certificate");
        return selfSigned(slug);
    }

    private static Optional<Key> fromConfig(String keystoreKey, String passwordKey) {
        var config = ConfigProvider.getConfig();
        Optional<String> keystore = config.getOptionalValue(keystoreKey, String.class).filter(s -> !s.isBlank());
        if (keystore.isEmpty()) {
            return Optional.empty();
        }
        char[] password = config.getOptionalValue(passwordKey, String.class).orElse("").toCharArray();
        return Optional.of(fromPkcs12(Base64.getMimeDecoder().decode(keystore.get()), password));
    }

    /** The first private key of a PKCS#12 file, with its chain. */
    static Key fromPkcs12(byte[] p12, char[] password) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(p12), password);
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate c : ks.getCertificateChain(alias)) {
                        chain.add((X509Certificate) c);
                    }
                    return new Key((PrivateKey) ks.getKey(alias, password), List.copyOf(chain));
                }
            }
            throw new IllegalStateException("The signing keystore holds no private key");
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The signing keystore could not be read: " + e.getMessage(), e);
        }
    }

    /** A test certificate for the regency, valid for two years, for digital signature and non-repudiation. */
    static Key selfSigned(String slug) {
        try {
            KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
            kpg.initialize(2048);
            KeyPair pair = kpg.generateKeyPair();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, "Balai " + slug + " (sertifikat uji)").addRDN(BCStyle.O, "Balai")
                    .addRDN(BCStyle.C, "ID").build();
            Instant now = Instant.now();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(730))), name, pair.getPublic());
            b.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new Key(pair.getPrivate(), List.of(cert));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("A test signing certificate could not be made", e);
        }
    }

    private static Calendar calendar(Instant at) {
        return GregorianCalendar.from(at.atZone(ZoneOffset.UTC));
    }
}
