/**
 * The working-day calendar (hari kerja): national holidays and cuti bersama per year, each tenant's own days
 * off, office hours and time zone. Every legal clock in Balai (PPID notices, objections, complaint handling)
 * counts its days here.
 */
package id.balai.calendar;
