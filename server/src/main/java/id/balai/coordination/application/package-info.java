/** Passing problems, recommending, following up, and the clock that escalates overdue follow-ups. */
package id.balai.coordination.application;
