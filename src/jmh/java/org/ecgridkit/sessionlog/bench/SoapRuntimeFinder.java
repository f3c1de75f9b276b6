package org.ecgridkit.sessionlog.bench;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Finds which SOAP stack a client object runs on by walking its fields (a few levels deep) to the
 * first object of the JAX-WS RI ({@code com.sun.xml.ws.*}) or of CXF ({@code org.apache.cxf.*}).
 * A JAX-WS port is a {@link Proxy}; its invocation handler is what names the stack.
 *
 * <p>Reflection rather than an accessor because the SDK has, rightly, no API that exposes its port.
 */
final class SoapRuntimeFinder {
    private static final int MAX_DEPTH = 6;

    private SoapRuntimeFinder() {
    }

    /**
     * @param root a client object
     * @return the class name of the first SOAP-runtime object reachable from it, or {@code "unknown"}
     */
    static String find(Object root) {
        String found = find(root, 0, new IdentityHashMap<>());
        return found == null ? "unknown" : found;
    }

    private static String find(Object object, int depth, Map<Object, Boolean> seen) {
        if (object == null || depth > MAX_DEPTH || seen.put(object, Boolean.TRUE) != null) {
            return null;
        }
        Object subject = Proxy.isProxyClass(object.getClass()) ? Proxy.getInvocationHandler(object) : object;
        String name = subject.getClass().getName();
        if (name.startsWith("com.sun.xml.ws.") || name.startsWith("org.apache.cxf.")) {
            return name;
        }
        if (!name.startsWith("org.ecgridkit.")) {
            return null; // do not wander into the JDK or other libraries
        }
        for (Class<?> type = subject.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    String inner = find(field.get(subject), depth + 1, seen);
                    if (inner != null) {
                        return inner;
                    }
                } catch (ReflectiveOperationException | RuntimeException inaccessible) {
                    // not this field
                }
            }
        }
        return null;
    }
}
