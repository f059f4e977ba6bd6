/**
 * Oversight of SPIKM (Perbup Muara Enim 29/2014): each agency's journal (Pasal 7h), the daily digest to the regent
 * through the Sekda (Pasal 3(2)) and the periodic reports (Pasal 5e, 7n), as pages, CSV, XLSX and PDF. Reports
 * carry tracking numbers, titles and counts only: never a reporter's identity.
 */
package id.balai.reporting;
