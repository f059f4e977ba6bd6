package id.balai.identity.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.logging.Logger;

import id.balai.platform.infrastructure.SecretFiles;

/**
 * The RSA key pair that signs access tokens. Read from {@code BALAI_JWT_PRIVATE_KEY_LOCATION} (PKCS#8 PEM) and
 * {@code BALAI_JWT_PUBLIC_KEY_LOCATION} (X.509 PEM; MicroProfile JWT verifies with this file). When neither file
 * exists, a 2048-bit pair is generated there on first start: right for one instance; several instances must be
 * given the same pair.
 */
public final class SigningKeys {
    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    private final RSAPrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;

    private SigningKeys(RSAPrivateKey privateKey, RSAPublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = Integer.toHexString(publicKey.getModulus().hashCode());
    }

    public static SigningKeys loadOrCreate(Path privatePem, Path publicPem) {
        try {
            if (!Files.exists(privatePem) && !Files.exists(publicPem)) {
                generate(privatePem, publicPem);
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateKey priv = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem)));
            RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(der(publicPem)));
            return new SigningKeys(priv, pub);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token signing keys", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The token signing keys are not a valid RSA pair in PEM", e);
        }
    }

    private static void generate(Path privatePem, Path publicPem) throws IOException, GeneralSecurityException {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        KeyPair pair = gen.generateKeyPair();
        SecretFiles.write(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.createDirectories(publicPem.toAbsolutePath().getParent());
        Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        LOG.info(() -> "Generated a token signing key pair in " + privatePem.getParent());
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path pem) throws IOException {
        String text = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }

    public RSAPrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }
}
