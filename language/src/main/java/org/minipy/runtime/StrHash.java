package org.minipy.runtime;

/**
 * CPython's hash of {@code str} and {@code bytes} when {@code PYTHONHASHSEED} fixes it: SipHash-1-3 of the string's
 * PEP 393 storage (one byte per character when all are below 256, else two, else four, little-endian) under the key
 * that the seed gives (all zero bits for seed 0; for another seed the bytes of CPython's linear congruential
 * generator). Programs run with a fixed seed to get repeatable output, and what they print then depends on these
 * hashes: the iteration order of a set of strings. Without a fixed seed CPython's string hashes are random, so any
 * hash will do and {@link Hashing} uses a cheaper one.
 */
public final class StrHash {
    private StrHash() {
    }

    /**
     * The SipHash key ({@code k0, k1}) for a {@code PYTHONHASHSEED} value, or null when it is unset, "random" or not
     * a valid seed (0 to 4294967295), in which case string hashes need not match CPython's.
     */
    public static long[] keyForSeed(String seed) {
        if (seed == null || seed.isEmpty() || seed.equals("random")) {
            return null;
        }
        long x;
        try {
            x = Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (x < 0 || x > 0xFFFFFFFFL) {
            return null;
        }
        if (x == 0) {
            return new long[]{0, 0};
        }
        // The seed drives a 32-bit LCG (multiplier 214013, increment 2531011); each step gives one key byte, bits 16-23.
        byte[] secret = new byte[16];
        int state = (int) x;
        for (int i = 0; i < secret.length; i++) {
            state = state * 214013 + 2531011;
            secret[i] = (byte) (state >>> 16);
        }
        return new long[]{littleEndian(secret, 0, 8), littleEndian(secret, 8, 8)};
    }

    /** {@code hash(s)} under the given key: 0 for the empty string, never -1. */
    public static long hashString(String s, long[] key) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        int width = 1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                width = 4;
                break;
            }
            if (c > 0xFF) {
                width = 2;
            }
        }
        byte[] data;
        if (width == 1) {
            data = new byte[n];
            for (int i = 0; i < n; i++) {
                data[i] = (byte) s.charAt(i);
            }
        } else {
            int[] cps = width == 4 ? s.codePoints().toArray() : null;
            int count = cps == null ? n : cps.length;
            data = new byte[count * width];
            for (int i = 0; i < count; i++) {
                int cp = cps == null ? s.charAt(i) : cps[i];
                for (int b = 0; b < width; b++) {
                    data[i * width + b] = (byte) (cp >>> (8 * b));
                }
            }
        }
        return hashBytes(data, key);
    }

    /** {@code hash(b)} for bytes under the given key: 0 when empty, never -1. */
    public static long hashBytes(byte[] data, long[] key) {
        if (data.length == 0) {
            return 0;
        }
        long h = sipHash13(key[0], key[1], data);
        return h == -1 ? -2 : h;
    }

    private static long littleEndian(byte[] b, int off, int len) {
        long v = 0;
        for (int i = len - 1; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    /** SipHash with one compression round per 8-byte block and three finalisation rounds. */
    private static long sipHash13(long k0, long k1, byte[] in) {
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int len = in.length;
        int blocks = len & ~7;
        for (int off = 0; off < blocks; off += 8) {
            long m = littleEndian(in, off, 8);
            v3 ^= m;
            // one round: two half-rounds of add-rotate-xor
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        long last = ((long) len << 56) | littleEndian(in, blocks, len - blocks);
        v3 ^= last;
        v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
        v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        v0 ^= last;
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }
}
