/**
 * Compliance indicators and their weighting: counters per regency and month, the bands, the histogram of notice
 * times, and a snapshot that holds no personal data.
 */
package id.balai.compliance.domain;
