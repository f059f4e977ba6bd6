/** Taking one mail in: claim its key, triage it, submit it and queue the reply, all in one transaction; the job. */
package id.balai.intake.application;
