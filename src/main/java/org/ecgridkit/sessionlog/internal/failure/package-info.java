/**
 * What goes wrong and how it is reported. {@link org.ecgridkit.sessionlog.internal.failure.Diagnosis}
 * reads a failed attempt's cause chain once and says what kind of failure it is
 * ({@link org.ecgridkit.sessionlog.internal.failure.FailureKind}); the retry advice and the
 * translation into the public exception family both decide from that. Also here: the decoding of
 * ECGridOS SOAP faults, and the secrets (session ids, API keys, passwords) that no message, cause or
 * log line may show. <strong>Not API.</strong>
 */
package org.ecgridkit.sessionlog.internal.failure;
