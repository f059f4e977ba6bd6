/**
 * Personal data kept apart from the cases that refer to it: the vault, the reasons an officer may read an identity,
 * and the masker that finds names, phones and addresses in a citizen's text before anything is published.
 */
package id.balai.privacy.domain;
