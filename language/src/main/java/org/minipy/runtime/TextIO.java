package org.minipy.runtime;

/**
 * What the Python methods of a text file ({@code read readline write flush close ...}) need from the Java object
 * behind it: a file opened with {@code open()} ({@link PFile}) or one of the standard streams ({@link PTextStream}).
 * Reading returns strings with Python's newline handling already applied; every method raises a Python exception
 * ({@code ValueError: I/O operation on closed file.}, {@code io.UnsupportedOperation: not readable}, OSError) rather
 * than a Java one.
 */
public interface TextIO {
    /** Up to {@code size} characters, or everything up to the end when {@code size < 0}; "" at the end. */
    String read(long size);

    /** The next line including its terminator (at most {@code size} characters when {@code size >= 0}); "" at the end. */
    String readline(long size);

    /** Writes the text; returns the number of characters written (that is, {@code len(text)}). */
    long write(String text);

    void flush();

    void close();

    boolean isClosed();

    boolean isReadable();

    boolean isWritable();

    /** The {@code name} attribute: the path as given to {@code open()}, or {@code '<stdout>'}. */
    Object getName();

    String getMode();

    String getEncoding();
}
