/**
 * Official letters (naskah dinas, following the regional Tata Naskah Dinas): the kop surat from the regency's file,
 * letter numbers from its numbering pattern that are never reused, the place and date in Indonesian, the addressee,
 * the body with its legal basis, the signatory with the position and NIP of the officer's profile (identity), the attachments;
 * rendered as PDF/A-2 with an embedded font and signed as PAdES. The contexts that issue letters (information)
 * describe them with {@link id.balai.letters.domain.Letter}; this context numbers, lays out and signs them.
 */
package id.balai.letters;
