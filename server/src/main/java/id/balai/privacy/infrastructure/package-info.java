/**
 * Personal data encrypted per field (AES-GCM, the address of the field in the associated data), lookup digests for
 * search without clear text, and the keys from the environment.
 */
package id.balai.privacy.infrastructure;
