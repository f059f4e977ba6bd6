/** The PPID REST endpoints: public (requests, tracking, objections) and officers' (handling, objections, disputes,
 * reports), and their input and view records. */
package id.balai.information.interfaces;
