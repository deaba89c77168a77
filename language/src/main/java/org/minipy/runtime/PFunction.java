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

    public PFunction(PythonCode code, PModule globals, Object[] defaults, Object[] kwDefaults, PCell[] closure) {
        super(BuiltinTypes.FUNCTION);
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.getName();
        this.qualname = code.getQualname();
        if (code.getDoc() != null) {
            Attributes.putOwn(this, "__doc__", code.getDoc());
        }
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
}
