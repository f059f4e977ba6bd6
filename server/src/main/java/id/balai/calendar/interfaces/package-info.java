/**
 * The working calendar over REST: the days off of a year, for the portal's date hints and the administrator's
 * calendar page.
 */
package id.balai.calendar.interfaces;
