/**
 * Start-up, the composition root: brings the contexts up in order ({@code Bootstrap}: the personal-data keys, the
 * database and its migrations, the national calendars, the tenant folders, the token keys, the first accounts) and
 * answers {@code /health/ready} ({@code ReadinessChecks}). It stands on the contexts; none stands on it, and the
 * platform learns that start-up is done only through {@code platform.application.PlatformReadiness}.
 */
package id.balai.startup;
