/**
 * A regency's working calendar as the clocks use it: national holidays and cuti bersama from the national files, the
 * regency's own days off, built per year.
 */
package id.balai.calendar.application;
