package org.minipy.runtime;

import java.util.IdentityHashMap;

/**
 * {@code id()}: a number unique to an object. The JVM moves objects, so ids are handed out from a counter on first
 * request and remembered (strongly: objects whose id was taken live as long as the context).
 */
public final class Identity {
    private Identity() {
    }

    private static long next = 0x7f0000001000L;
    private static final IdentityHashMap<Object, Long> IDS = new IdentityHashMap<>();

    public static synchronized long id(Object obj) {
        Long id = IDS.get(obj);
        if (id == null) {
            id = next;
            next += 16;
            IDS.put(obj, id);
        }
        return id;
    }
}
