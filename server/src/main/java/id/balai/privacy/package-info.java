/**
 * Personal data (data pribadi, UU 27/2022): the names, phone numbers, e-mail and postal addresses, NIK and
 * occupations of complainants and information requesters. It is kept apart from the cases that refer to it, by
 * a {@link id.balai.privacy.domain.PersonRef}, encrypted field by field with keys from configuration, readable
 * only with a stated reason, findable by phone or e-mail without decryption, and erasable without touching the
 * case. Anything that holds a person's identity belongs here, not in the context that uses it.
 */
package id.balai.privacy;
