package org.minipy.tests.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minipy.numpy.MatMul;

/**
 * {@link MatMul} against a naive triple loop, on sizes that hit every edge of the blocked kernel: 1×1, odd shapes
 * smaller than a micro-tile, shapes that are not multiples of the tile or block sizes in any dimension, k = 0, and
 * sizes around the cache-block boundaries. Products are compared with a tolerance relative to the sum of |a||b|, since
 * the kernel adds in a different order (and with fused multiply-adds).
 */
class MatMulTest {

    /**
     * One product big enough to warm the blocked kernel up: after it, every product of at least 24³ multiply-adds
     * goes to the vector kernel, so the small odd shapes below test its edge handling, not only the plain loop.
     */
    @BeforeAll
    static void warmUpTheBlockedKernel() {
        int n = 210;
        MatMul.multiply(new double[n * n], new double[n * n], new double[n * n], n, n, n);
    }

    @ParameterizedTest(name = "{0}x{1} @ {1}x{2}")
    @CsvSource({
        "1, 1, 1", "7, 13, 5", "13, 7, 5", "2, 3, 4", "8, 1, 24", "9, 2, 25", "1, 300, 1", "1, 50, 77", "77, 50, 1",
        "24, 24, 24", "23, 25, 47", "64, 129, 31", "200, 257, 193", "191, 128, 1537", "1001, 203, 97", "37, 1003, 41",
        "997, 1009, 1013",
    })
    void agreesWithTripleLoop(int m, int k, int n) {
        SplittableRandom rnd = new SplittableRandom(m * 1_000_003L + k * 1009L + n);
        double[] a = randoms(rnd, m * k);
        double[] b = randoms(rnd, k * n);
        double[] c = new double[m * n];
        Arrays.fill(c, Double.NaN); // C is overwritten, whatever it held
        MatMul.multiply(a, b, c, m, k, n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                double mag = 0;
                for (int p = 0; p < k; p++) {
                    sum += a[i * k + p] * b[p * n + j];
                    mag += Math.abs(a[i * k + p] * b[p * n + j]);
                }
                double got = c[i * n + j];
                if (!(Math.abs(got - sum) <= 1e-13 * mag + 1e-300)) {
                    assertEquals(sum, got, 1e-13 * mag, "C[" + i + "][" + j + "]");
                }
            }
        }
    }

    /** Threads multiply at the same time (the GIL is released), each with its own packing buffers. */
    @Test
    void concurrentProductsDoNotInterfere() throws Exception {
        int[][] shapes = {{300, 257, 301}, {129, 500, 77}};
        double[][][] in = new double[2][][];
        double[][] expected = new double[2][];
        for (int t = 0; t < 2; t++) {
            int m = shapes[t][0], k = shapes[t][1], n = shapes[t][2];
            SplittableRandom rnd = new SplittableRandom(t);
            in[t] = new double[][]{randoms(rnd, m * k), randoms(rnd, k * n)};
            expected[t] = new double[m * n];
            MatMul.multiply(in[t][0], in[t][1], expected[t], m, k, n);
        }
        Thread[] threads = new Thread[2];
        Throwable[] failures = new Throwable[2];
        for (int t = 0; t < 2; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                try {
                    int m = shapes[id][0], k = shapes[id][1], n = shapes[id][2];
                    for (int rep = 0; rep < 5; rep++) {
                        double[] c = new double[m * n];
                        MatMul.multiply(in[id][0], in[id][1], c, m, k, n);
                        if (!Arrays.equals(expected[id], c)) {
                            throw new AssertionError("thread " + id + " got a different product in round " + rep);
                        }
                    }
                } catch (Throwable e) {
                    failures[id] = e;
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (Throwable f : failures) {
            if (f != null) {
                throw new AssertionError(f);
            }
        }
    }

    @Test
    void largeProductsUseTheVectorKernel() {
        // the test JVM gets --add-modules jdk.incubator.vector (tests/pom.xml), as mpy does: the sizes above then
        // exercise VectorMatMul, not only the fallback loop
        assertEquals(true, MatMul.isVectorized(), "the Vector API kernel is not in use");
    }

    @Test
    void emptyInnerDimensionGivesZeros() {
        double[] c = new double[6];
        Arrays.fill(c, 7.0);
        MatMul.multiply(new double[0], new double[0], c, 2, 0, 3);
        assertEquals(0, Arrays.stream(c).filter(x -> x != 0.0).count());
        MatMul.multiply(new double[0], new double[0], new double[0], 0, 0, 0);
        MatMul.multiply(new double[0], new double[5], new double[0], 0, 1, 5);
    }

    @Test
    void exactSmallProduct() {
        double[] a = {1, 2, 3, 4, 5, 6};        // 2x3
        double[] b = {7, 8, 9, 10, 11, 12};     // 3x2
        double[] c = new double[4];
        MatMul.multiply(a, b, c, 2, 3, 2);
        assertEquals(Arrays.toString(new double[]{58, 64, 139, 154}), Arrays.toString(c));
    }

    @Test
    void buffersAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> MatMul.multiply(new double[3], new double[4], new double[4], 2, 2, 2));
        double[] x = new double[4];
        assertThrows(IllegalArgumentException.class, () -> MatMul.multiply(x, new double[4], x, 2, 2, 2));
    }

    private static double[] randoms(SplittableRandom rnd, int count) {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = rnd.nextDouble(-1.0, 1.0);
        }
        return v;
    }
}
