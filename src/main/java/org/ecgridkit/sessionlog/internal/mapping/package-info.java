/**
 * From the generated JAXB beans to {@link org.ecgridkit.sessionlog.SessionRecord}s: the adapters
 * the bindings files wire into the beans ({@code xs:dateTime} to {@code Instant}, required ints to
 * {@code Integer}), the {@code xs:dateTime} parser, and the per-entry checks that refuse an answer
 * missing a required element rather than return a record with a silent 0 or null. JAXB creates the
 * adapters by reflection, so the module opens this package to it. <strong>Not API.</strong>
 */
package org.ecgridkit.sessionlog.internal.mapping;
