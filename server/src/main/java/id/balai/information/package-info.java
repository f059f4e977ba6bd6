/**
 * PPID public information service (Perbup Luwu Timur, Pedoman Pengelolaan dan Pelayanan Informasi; UU 14/2008):
 * information requests (Pasal 20-22) with their registration number, same-day confirmation of e-mailed requests,
 * routing to a PPID Pembantu, one extension and the written notice; objections to the Atasan PPID (Pasal 24-25,
 * Perki 1/2021); disputes before the Information Commission (Pasal 26; UU KIP Ps 37-38); the clocks on the tenant's
 * working calendar; the annual LLID (Pasal 18) and the PPID Pembantu report (Pasal 28). The register itself (DIP,
 * exemptions) is the {@code register} context.
 */
package id.balai.information;
