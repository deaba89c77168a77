package org.minipy.runtime;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a user-defined class (and the base of builtin objects that user classes may subclass, such as
 * exceptions, lists and dicts). Instance attributes live in Truffle's object model: a {@link DynamicObject} whose
 * shape records which attributes it has, so compiled attribute reads become a shape check and a field load.
 */
public class PythonObject extends DynamicObject implements HasPythonClass {
    /** Every instance starts from this empty shape; shapes are immutable and safe to share between threads. */
    public static final Shape ROOT_SHAPE = Shape.newBuilder().build();

    private PythonClass pythonClass;

    public PythonObject(PythonClass pythonClass) {
        super(ROOT_SHAPE);
        this.pythonClass = pythonClass;
    }

    @Override
    public final PythonClass getPythonClass() {
        return pythonClass;
    }

    /** Assigning {@code obj.__class__}. */
    public final void setPythonClass(PythonClass pythonClass) {
        this.pythonClass = pythonClass;
    }
}
