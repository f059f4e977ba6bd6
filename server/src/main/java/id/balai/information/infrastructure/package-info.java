/** Storage (native SQL under row-level security), numbers, files, the notice PDF and the e-mail adapter. */
package id.balai.information.infrastructure;
