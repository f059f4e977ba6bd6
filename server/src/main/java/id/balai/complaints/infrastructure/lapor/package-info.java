/**
 * The one adapter to the SP4N-LAPOR! integration API: the wire format (paths, field names, the token header, the
 * status vocabulary) lives here and nowhere else. The format is built from what is public about LAPOR!; the current
 * integration documentation is given only to registered developers and must be checked against it
 * ({@link id.balai.complaints.infrastructure.lapor.LaporApiClient} lists every assumption).
 */
package id.balai.complaints.infrastructure.lapor;
