/**
 * Working days and deadlines: days off and their kinds, a year of holidays, and the calendar that counts working
 * days from the day after an act (never a negative duration).
 */
package id.balai.calendar.domain;
