package org.minipy.runtime;

/**
 * Implemented by every MiniPy runtime object that knows its Python class. Java values that stand for Python values
 * directly (Long, BigInteger, Double, Boolean, String) do not implement it: {@link TypeOf} maps those.
 */
public interface HasPythonClass {
    PythonClass getPythonClass();
}
