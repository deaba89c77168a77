package org.minipy.runtime;

/** The other immutable singletons of Python: {@code NotImplemented} and {@code Ellipsis}. */
public final class PSingleton {
    public static final PSingleton NOT_IMPLEMENTED = new PSingleton("NotImplemented");
    public static final PSingleton ELLIPSIS = new PSingleton("Ellipsis");

    private final String name;

    private PSingleton(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
