package id.balai.letters.domain;

import id.balai.platform.domain.TenantId;

/**
 * Signs a finished letter as PAdES (ETSI.CAdES.detached). The adapter here signs with a key from the environment;
 * Indonesia's national electronic signature (BSrE) plugs in as a remote-signing adapter of this same port: it sends
 * the digest of the byte ranges to the BSrE service with the signer's NIK and passphrase and places the CMS it
 * returns (see docs/letters.md).
 */
public interface LetterSigner {
    /**
     * @param tenant whose key signs (the regency's, unless an adapter signs with the officer's own)
     * @param pdf the letter, final but for the signature
     * @param signer who signs, as the signature's name field says it
     * @param reason why, as the signature's reason says it
     * @param location where (the regency's seat)
     * @return the signed PDF
     */
    byte[] sign(TenantId tenant, byte[] pdf, String signer, String reason, String location);
}
