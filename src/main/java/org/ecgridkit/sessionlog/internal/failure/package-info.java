/**
 * What goes wrong and how it is reported: whether a failed attempt is worth repeating, the
 * exception it becomes in the public family, the decoding of ECGridOS SOAP faults, and the secrets
 * (session ids, API keys, passwords) that no message, cause or log line may show.
 * <strong>Not API.</strong>
 */
package org.ecgridkit.sessionlog.internal.failure;
