/**
 * What every HTTP answer goes through: errors as JSON with a stable code in Bahasa Indonesia and English, input and
 * body-size limits, security headers, the client's address and request id, the public endpoints' rate limits and
 * idempotency keys, and the single-page-app fallback.
 */
package id.balai.platform.interfaces;
