package org.minipy.runtime;

/** Python's {@code bytes}: an immutable byte array. */
public final class PBytes implements HasPythonClass {
    private final byte[] bytes;

    public PBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public byte[] getBytes() {
        return bytes;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.BYTES;
    }
}
