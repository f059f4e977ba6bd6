/**
 * SPIKM (Perbup Muara Enim 29/2014): complaints, criticism, questions, suggestions and statements from citizens,
 * received on every channel, verified and dispatched by the central administrator, followed up and answered by
 * agencies, sent back to the reporter, closed and archived, on the tenant's working-day clocks.
 */
package id.balai.complaints;
