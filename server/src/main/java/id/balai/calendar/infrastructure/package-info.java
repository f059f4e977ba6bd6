/**
 * The national holiday files ({@code tenants/_national/holidays-YYYY.yaml}): the national holidays and cuti bersama
 * of each year, checked against their schema.
 */
package id.balai.calendar.infrastructure;
