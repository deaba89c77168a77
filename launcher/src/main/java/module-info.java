/** The mpy command-line program. The language and Truffle's runtime are found as services on the module path. */
module org.minipy.launcher {
    requires org.graalvm.polyglot;

    exports org.minipy.launcher;
}
