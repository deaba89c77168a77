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

    /** {@code newlines}: the kinds of line ending read so far in universal-newline mode (None, a str or a tuple). */
    default Object getNewlines() {
        return PNone.NONE;
    }

    String getMode();

    String getEncoding();

    /** Whether {@link #seek} and {@link #tell} work: files opened with open() are seekable, the standard streams not. */
    default boolean isSeekable() {
        return false;
    }

    /** {@code seek(offset, whence)}: moves to a position returned by tell() (whence 0), or to the end (2, offset 0). */
    default long seek(long offset, long whence) {
        throw Errors.raise(PFile.UNSUPPORTED_OPERATION, "underlying stream is not seekable");
    }

    /** {@code tell()}: the position as a number that seek() accepts (the byte offset, for MiniPy's files). */
    default long tell() {
        throw Errors.raise(PFile.UNSUPPORTED_OPERATION, "underlying stream is not seekable");
    }

    /** {@code truncate(size)}: cuts the file to {@code size} bytes (the current position when negative). */
    default long truncate(long size) {
        throw Errors.raise(PFile.UNSUPPORTED_OPERATION, "truncate");
    }

    /** A source of decoded characters: the next one, or -1 at the end. */
    @FunctionalInterface
    interface CharSource {
        int next();
    }

    /** Whether the line read so far (ending in {@code c}) is complete. */
    @FunctionalInterface
    interface LineEnd {
        boolean endsLine(StringBuilder lineSoFar, int c);
    }

    /** The loop behind {@link #read}: up to {@code size} characters, or all when {@code size < 0}. */
    static String readChars(CharSource source, long size) {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((size < 0 || sb.length() < size) && (c = source.next()) != -1) {
            sb.append((char) c);
        }
        return sb.toString();
    }

    /** The loop behind {@link #readline}: characters up to and including the line end. */
    static String readLine(CharSource source, long size, LineEnd lineEnd) {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((size < 0 || sb.length() < size) && (c = source.next()) != -1) {
            sb.append((char) c);
            if (lineEnd.endsLine(sb, c)) {
                break;
            }
        }
        return sb.toString();
    }
}
