/**
 * One HTTP exchange of a SessionLog attempt, on {@code HttpURLConnection}: the POST, its connect
 * and read timeouts cut to what is left of the call, the watchdog that closes a connection whose
 * call ran out of time or was interrupted, the TLS sockets it can close, the proxy choice, and the
 * response body read within the size limit, uncompressed, with the deadline checked between reads.
 * Knows nothing of SOAP. <strong>Not API.</strong>
 */
package org.ecgridkit.sessionlog.internal.http;
