/**
 * The SPIKM's coordination (Perbup Muara Enim 29/2014): the operations team's inventory of problems passed to the Tim
 * Koordinasi (Pasal 7l-m, 6c), and the Tim Koordinasi's recommendations to an agency, which its head must follow up
 * (Pasal 1 no. 13, 6c-d, 8) by a due date on the regency's working calendar; an overdue follow-up is escalated.
 */
package id.balai.coordination;
