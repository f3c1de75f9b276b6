/**
 * Implementation of the SessionLog client. <strong>Not API:</strong> anything here and below may
 * change or disappear in any release; use {@link org.ecgridkit.sessionlog} instead.
 *
 * <p>This package runs the calls: {@link org.ecgridkit.sessionlog.internal.SessionCalls} is what
 * the public client delegates to; it picks the session id (a fixed one, or a Login it makes and
 * renews), sends each request in the contract the endpoint speaks (the contract router and the two
 * ports), and repeats failed attempts as the retry policy allows, all within one call's deadline
 * ({@link org.ecgridkit.sessionlog.internal.CallContext}). The concerns it builds on sit below it:
 * <ul>
 *   <li>{@code internal.soap}: the JAX-WS plumbing, our transport tube in the RI's pipeline, and
 *       the hardened SOAP decoding; the generated ports and beans under it;</li>
 *   <li>{@code internal.http}: one HTTP exchange, bounded in time and size;</li>
 *   <li>{@code internal.mapping}: generated beans to records, checking every required element;</li>
 *   <li>{@code internal.failure}: what a failure is, whether to retry it, and the exception it
 *       becomes, with every secret masked.</li>
 * </ul>
 */
package org.ecgridkit.sessionlog.internal;
