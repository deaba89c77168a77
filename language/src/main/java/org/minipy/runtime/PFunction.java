package org.minipy.runtime;

/**
 * A function defined in Python ({@code def} or {@code lambda}): a {@link PythonCode} plus what was evaluated when the
 * definition ran — default values, closure cells, the module whose globals it reads. Function attributes such as
 * {@code __wrapped__} live in the object's own storage (it is a {@link PythonObject}).
 */
public final class PFunction extends PythonObject {
    private final PythonCode code;
    private final PModule globals;
    private Object[] defaults;
    private Object[] kwDefaults;
    private final PCell[] closure;
    private String name;
    private String qualname;
    /** {@code __doc__}, {@code __module__} (null: the globals' module name) and {@code __annotations__} (null: not
     *  made yet): fields as in CPython, so they stay out of the function's {@code __dict__}. */
    private Object doc;
    private Object module;
    private Object annotations;

    public PFunction(PythonCode code, PModule globals, Object[] defaults, Object[] kwDefaults, PCell[] closure) {
        super(BuiltinTypes.FUNCTION);
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.getName();
        this.qualname = code.getQualname();
        this.doc = code.getDoc() != null ? code.getDoc() : PNone.NONE;
    }

    public PythonCode getCode() {
        return code;
    }

    public PModule getGlobals() {
        return globals;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    public void setDefaults(Object[] defaults) {
        this.defaults = defaults;
    }

    public Object[] getKwDefaults() {
        return kwDefaults;
    }

    public void setKwDefaults(Object[] kwDefaults) {
        this.kwDefaults = kwDefaults;
    }

    public PCell[] getClosure() {
        return closure;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    public Object getModule() {
        return module != null ? module : globals == null ? PNone.NONE : globals.getName();
    }

    public void setModule(Object module) {
        this.module = module;
    }

    public Object getAnnotations() {
        if (annotations == null) {
            annotations = new PDict();
        }
        return annotations;
    }

    public void setAnnotations(Object annotations) {
        this.annotations = annotations;
    }
}
