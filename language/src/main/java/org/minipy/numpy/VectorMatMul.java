package org.minipy.numpy;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fast path of {@link MatMul}: a GotoBLAS/BLIS-style blocked matrix multiplication written with the JDK's Vector
 * API ({@code jdk.incubator.vector}), which HotSpot's C2 compiles to AVX-512 (or AVX2/NEON) FMA instructions.
 *
 * <p>How it is organised, and why:
 * <ul>
 * <li>The work is cut into blocks that stay in the caches: a panel of B of KC rows × NC columns is copied ("packed")
 * into strips of NR columns, each strip stored row after row, so the micro-kernel reads it sequentially (the panel
 * stays in the L2 cache); a block of A of MC rows × KC columns is packed into strips of MR rows stored column after
 * column (one strip, MR × KC, stays in L1 while the kernel runs over all the strips of B). Packing also pads the edges
 * with zeros, so the micro-kernel never needs a bounds case.
 * <li>The micro-kernel computes an MR × NR tile of C in registers: MR × NV vector accumulators (NR = NV vector
 * lengths), for each step of k one broadcast of an element of A per row and NV loads of B, and MR × NV fused
 * multiply-adds. With 512-bit vectors the tile is 8 × 24 (24 accumulators + 3 B vectors + 1 broadcast of the 32
 * registers); with narrower vectors it is 4 × 3 vectors (12 accumulators, for the 16 registers of AVX2). The
 * accumulators are written out as separate locals because C2 keeps vector locals in registers but not arrays of them.
 * <li>A tile on the edge of C (fewer than MR rows or NR columns left) is computed into a scratch tile and the valid
 * part copied, so the kernel itself always does full-width vector stores.
 * </ul>
 * The packing buffers are kept per thread (each guest thread multiplies on its own thread, with the GIL released).
 * Everything runs on the calling thread; there is no internal threading.
 */
final class VectorMatMul {
    private VectorMatMul() {
    }

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Vectors per row of the micro-tile. */
    private static final int NV = 3;
    /** Rows of the micro-tile: 8 when there are 32 vector registers (AVX-512), else 4. */
    static final int MR = S.vectorBitSize() >= 512 ? 8 : 4;
    /** Columns of the micro-tile. */
    static final int NR = NV * L;
    /** Depth of a block (k direction): an MR × KC strip of packed A stays in the L1 cache. */
    static final int KC = 128;
    /** Rows of a packed block of A. */
    static final int MC = 192 / MR * MR;
    /** Columns of a packed panel of B: KC × NC doubles (1.5 MB with 512-bit vectors) stay in the L2 cache. */
    static final int NC = 1536 / NR * NR;

    /** Per-thread packing buffers: [0] packed A block, [1] packed B panel, [2] one edge tile. */
    private static final ThreadLocal<double[][]> BUFFERS = ThreadLocal.withInitial(() -> new double[][]{new double[0], new double[0], new double[MR * NR]});

    /** Whether the preferred vectors are wide enough to be worth it (at least 4 doubles). */
    static boolean useful() {
        return L >= 4;
    }

    private static volatile boolean warm;

    static boolean isWarm() {
        return warm;
    }

    /**
     * Gets the micro-kernel compiled by C2 before the first real product. The Vector API is only fast once C2 has
     * compiled it into vector instructions; run by the bytecode interpreter or C1 it allocates an object per
     * operation, and the first 1000×1000 product took 2.7 s (instead of 0.04 s) while the JIT caught up. Tiny calls
     * of the kernel (k = 1) pass C2's invocation threshold (about 5,000 calls in tiered compilation) in a few tens of
     * milliseconds; the first product then waits mostly for C2 itself (measured: 1.0–1.3 s in all on a loaded machine).
     * Both branches of {@code add} are taken, so that C2 does not compile either away as never used.
     */
    private static void warmUp() {
        int kc = 1;
        int calls = 12_000;
        double[] ap = new double[MR * kc];
        double[] bp = new double[NR * kc];
        double[] c = new double[MR * NR];
        java.util.Arrays.fill(ap, 1.0);
        java.util.Arrays.fill(bp, 1.0);
        for (int i = 0; i < calls; i++) {
            kernel(kc, ap, 0, bp, 0, c, 0, NR, (i & 1) == 0);
        }
        warm = true;
    }

    /** C = A·B; the arguments are checked by {@link MatMul#multiply}; k &gt; 0. */
    static void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        if (!warm) {
            warmUp();
        }
        double[][] buffers = BUFFERS.get();
        int apSize = KC * Math.min(MC, roundUp(m, MR));
        int bpSize = KC * Math.min(NC, roundUp(n, NR));
        if (buffers[0].length < apSize) {
            buffers[0] = new double[apSize];
        }
        if (buffers[1].length < bpSize) {
            buffers[1] = new double[bpSize];
        }
        double[] ap = buffers[0];
        double[] bp = buffers[1];
        double[] tile = buffers[2];
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                boolean add = pc > 0; // the first block of k overwrites C, the others add to it
                packB(b, n, pc, kc, jc, nc, bp);
                for (int ic = 0; ic < m; ic += MC) {
                    int mc = Math.min(MC, m - ic);
                    packA(a, k, ic, mc, pc, kc, ap);
                    for (int ir = 0; ir < mc; ir += MR) {
                        int h = Math.min(MR, mc - ir);
                        for (int jr = 0; jr < nc; jr += NR) {
                            int w = Math.min(NR, nc - jr);
                            int row = ic + ir;
                            int col = jc + jr;
                            if (h == MR && w == NR) {
                                kernel(kc, ap, ir * kc, bp, jr * kc, c, row * n + col, n, add);
                            } else {
                                kernel(kc, ap, ir * kc, bp, jr * kc, tile, 0, NR, false);
                                for (int i = 0; i < h; i++) {
                                    int dst = (row + i) * n + col;
                                    if (add) {
                                        for (int j = 0; j < w; j++) {
                                            c[dst + j] += tile[i * NR + j];
                                        }
                                    } else {
                                        System.arraycopy(tile, i * NR, c, dst, w);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static int roundUp(int x, int unit) {
        return (x + unit - 1) / unit * unit;
    }

    /** Packs B[pc:pc+kc, jc:jc+nc] (row length n) into strips of NR columns, each kc rows of NR, zero-padded. */
    private static void packB(double[] b, int n, int pc, int kc, int jc, int nc, double[] bp) {
        for (int jr = 0; jr < nc; jr += NR) {
            int w = Math.min(NR, nc - jr);
            int base = jr * kc;
            for (int p = 0; p < kc; p++) {
                int dst = base + p * NR;
                System.arraycopy(b, (pc + p) * n + jc + jr, bp, dst, w);
                for (int j = w; j < NR; j++) {
                    bp[dst + j] = 0.0;
                }
            }
        }
    }

    /** Packs A[ic:ic+mc, pc:pc+kc] (row length k) into strips of MR rows, each kc columns of MR, zero-padded. */
    private static void packA(double[] a, int k, int ic, int mc, int pc, int kc, double[] ap) {
        for (int ir = 0; ir < mc; ir += MR) {
            int h = Math.min(MR, mc - ir);
            int base = ir * kc;
            for (int i = 0; i < h; i++) {
                int src = (ic + ir + i) * k + pc;
                for (int p = 0; p < kc; p++) {
                    ap[base + p * MR + i] = a[src + p];
                }
            }
            for (int i = h; i < MR; i++) {
                for (int p = 0; p < kc; p++) {
                    ap[base + p * MR + i] = 0.0;
                }
            }
        }
    }

    /**
     * One MR × NR tile: C[cOff + i*ldc + j] (+)= sum over p &lt; kc of ap[aOff + p*MR + i] * bp[bOff + p*NR + j].
     * {@code add} false overwrites the tile.
     */
    private static void kernel(int kc, double[] ap, int aOff, double[] bp, int bOff, double[] c, int cOff, int ldc, boolean add) {
        if (MR == 8) {
            kernel8(kc, ap, aOff, bp, bOff, c, cOff, ldc, add);
        } else {
            kernel4(kc, ap, aOff, bp, bOff, c, cOff, ldc, add);
        }
    }

    /** The 8×3-vector micro-kernel: see {@link #kernel}. */
    private static void kernel8(int kc, double[] ap, int aOff, double[] bp, int bOff, double[] c, int cOff, int ldc, boolean add) {
        DoubleVector c00 = DoubleVector.zero(S), c01 = DoubleVector.zero(S), c02 = DoubleVector.zero(S);
        DoubleVector c10 = DoubleVector.zero(S), c11 = DoubleVector.zero(S), c12 = DoubleVector.zero(S);
        DoubleVector c20 = DoubleVector.zero(S), c21 = DoubleVector.zero(S), c22 = DoubleVector.zero(S);
        DoubleVector c30 = DoubleVector.zero(S), c31 = DoubleVector.zero(S), c32 = DoubleVector.zero(S);
        DoubleVector c40 = DoubleVector.zero(S), c41 = DoubleVector.zero(S), c42 = DoubleVector.zero(S);
        DoubleVector c50 = DoubleVector.zero(S), c51 = DoubleVector.zero(S), c52 = DoubleVector.zero(S);
        DoubleVector c60 = DoubleVector.zero(S), c61 = DoubleVector.zero(S), c62 = DoubleVector.zero(S);
        DoubleVector c70 = DoubleVector.zero(S), c71 = DoubleVector.zero(S), c72 = DoubleVector.zero(S);
        int ai = aOff;
        int bi = bOff;
        for (int p = 0; p < kc; p++, ai += 8, bi += NR) {
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bi + 0 * L);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bi + 1 * L);
            DoubleVector b2 = DoubleVector.fromArray(S, bp, bi + 2 * L);
            DoubleVector a0 = DoubleVector.broadcast(S, ap[ai + 0]);
            c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01); c02 = a0.fma(b2, c02);
            DoubleVector a1 = DoubleVector.broadcast(S, ap[ai + 1]);
            c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11); c12 = a1.fma(b2, c12);
            DoubleVector a2 = DoubleVector.broadcast(S, ap[ai + 2]);
            c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21); c22 = a2.fma(b2, c22);
            DoubleVector a3 = DoubleVector.broadcast(S, ap[ai + 3]);
            c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31); c32 = a3.fma(b2, c32);
            DoubleVector a4 = DoubleVector.broadcast(S, ap[ai + 4]);
            c40 = a4.fma(b0, c40); c41 = a4.fma(b1, c41); c42 = a4.fma(b2, c42);
            DoubleVector a5 = DoubleVector.broadcast(S, ap[ai + 5]);
            c50 = a5.fma(b0, c50); c51 = a5.fma(b1, c51); c52 = a5.fma(b2, c52);
            DoubleVector a6 = DoubleVector.broadcast(S, ap[ai + 6]);
            c60 = a6.fma(b0, c60); c61 = a6.fma(b1, c61); c62 = a6.fma(b2, c62);
            DoubleVector a7 = DoubleVector.broadcast(S, ap[ai + 7]);
            c70 = a7.fma(b0, c70); c71 = a7.fma(b1, c71); c72 = a7.fma(b2, c72);
        }
        if (add) {
            int r0 = cOff + 0 * ldc;
            c00.add(DoubleVector.fromArray(S, c, r0 + 0 * L)).intoArray(c, r0 + 0 * L);
            c01.add(DoubleVector.fromArray(S, c, r0 + 1 * L)).intoArray(c, r0 + 1 * L);
            c02.add(DoubleVector.fromArray(S, c, r0 + 2 * L)).intoArray(c, r0 + 2 * L);
            int r1 = cOff + 1 * ldc;
            c10.add(DoubleVector.fromArray(S, c, r1 + 0 * L)).intoArray(c, r1 + 0 * L);
            c11.add(DoubleVector.fromArray(S, c, r1 + 1 * L)).intoArray(c, r1 + 1 * L);
            c12.add(DoubleVector.fromArray(S, c, r1 + 2 * L)).intoArray(c, r1 + 2 * L);
            int r2 = cOff + 2 * ldc;
            c20.add(DoubleVector.fromArray(S, c, r2 + 0 * L)).intoArray(c, r2 + 0 * L);
            c21.add(DoubleVector.fromArray(S, c, r2 + 1 * L)).intoArray(c, r2 + 1 * L);
            c22.add(DoubleVector.fromArray(S, c, r2 + 2 * L)).intoArray(c, r2 + 2 * L);
            int r3 = cOff + 3 * ldc;
            c30.add(DoubleVector.fromArray(S, c, r3 + 0 * L)).intoArray(c, r3 + 0 * L);
            c31.add(DoubleVector.fromArray(S, c, r3 + 1 * L)).intoArray(c, r3 + 1 * L);
            c32.add(DoubleVector.fromArray(S, c, r3 + 2 * L)).intoArray(c, r3 + 2 * L);
            int r4 = cOff + 4 * ldc;
            c40.add(DoubleVector.fromArray(S, c, r4 + 0 * L)).intoArray(c, r4 + 0 * L);
            c41.add(DoubleVector.fromArray(S, c, r4 + 1 * L)).intoArray(c, r4 + 1 * L);
            c42.add(DoubleVector.fromArray(S, c, r4 + 2 * L)).intoArray(c, r4 + 2 * L);
            int r5 = cOff + 5 * ldc;
            c50.add(DoubleVector.fromArray(S, c, r5 + 0 * L)).intoArray(c, r5 + 0 * L);
            c51.add(DoubleVector.fromArray(S, c, r5 + 1 * L)).intoArray(c, r5 + 1 * L);
            c52.add(DoubleVector.fromArray(S, c, r5 + 2 * L)).intoArray(c, r5 + 2 * L);
            int r6 = cOff + 6 * ldc;
            c60.add(DoubleVector.fromArray(S, c, r6 + 0 * L)).intoArray(c, r6 + 0 * L);
            c61.add(DoubleVector.fromArray(S, c, r6 + 1 * L)).intoArray(c, r6 + 1 * L);
            c62.add(DoubleVector.fromArray(S, c, r6 + 2 * L)).intoArray(c, r6 + 2 * L);
            int r7 = cOff + 7 * ldc;
            c70.add(DoubleVector.fromArray(S, c, r7 + 0 * L)).intoArray(c, r7 + 0 * L);
            c71.add(DoubleVector.fromArray(S, c, r7 + 1 * L)).intoArray(c, r7 + 1 * L);
            c72.add(DoubleVector.fromArray(S, c, r7 + 2 * L)).intoArray(c, r7 + 2 * L);
        } else {
            int r0 = cOff + 0 * ldc;
            c00.intoArray(c, r0 + 0 * L);
            c01.intoArray(c, r0 + 1 * L);
            c02.intoArray(c, r0 + 2 * L);
            int r1 = cOff + 1 * ldc;
            c10.intoArray(c, r1 + 0 * L);
            c11.intoArray(c, r1 + 1 * L);
            c12.intoArray(c, r1 + 2 * L);
            int r2 = cOff + 2 * ldc;
            c20.intoArray(c, r2 + 0 * L);
            c21.intoArray(c, r2 + 1 * L);
            c22.intoArray(c, r2 + 2 * L);
            int r3 = cOff + 3 * ldc;
            c30.intoArray(c, r3 + 0 * L);
            c31.intoArray(c, r3 + 1 * L);
            c32.intoArray(c, r3 + 2 * L);
            int r4 = cOff + 4 * ldc;
            c40.intoArray(c, r4 + 0 * L);
            c41.intoArray(c, r4 + 1 * L);
            c42.intoArray(c, r4 + 2 * L);
            int r5 = cOff + 5 * ldc;
            c50.intoArray(c, r5 + 0 * L);
            c51.intoArray(c, r5 + 1 * L);
            c52.intoArray(c, r5 + 2 * L);
            int r6 = cOff + 6 * ldc;
            c60.intoArray(c, r6 + 0 * L);
            c61.intoArray(c, r6 + 1 * L);
            c62.intoArray(c, r6 + 2 * L);
            int r7 = cOff + 7 * ldc;
            c70.intoArray(c, r7 + 0 * L);
            c71.intoArray(c, r7 + 1 * L);
            c72.intoArray(c, r7 + 2 * L);
        }
    }

    /** The 4×3-vector micro-kernel: see {@link #kernel}. */
    private static void kernel4(int kc, double[] ap, int aOff, double[] bp, int bOff, double[] c, int cOff, int ldc, boolean add) {
        DoubleVector c00 = DoubleVector.zero(S), c01 = DoubleVector.zero(S), c02 = DoubleVector.zero(S);
        DoubleVector c10 = DoubleVector.zero(S), c11 = DoubleVector.zero(S), c12 = DoubleVector.zero(S);
        DoubleVector c20 = DoubleVector.zero(S), c21 = DoubleVector.zero(S), c22 = DoubleVector.zero(S);
        DoubleVector c30 = DoubleVector.zero(S), c31 = DoubleVector.zero(S), c32 = DoubleVector.zero(S);
        int ai = aOff;
        int bi = bOff;
        for (int p = 0; p < kc; p++, ai += 4, bi += NR) {
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bi + 0 * L);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bi + 1 * L);
            DoubleVector b2 = DoubleVector.fromArray(S, bp, bi + 2 * L);
            DoubleVector a0 = DoubleVector.broadcast(S, ap[ai + 0]);
            c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01); c02 = a0.fma(b2, c02);
            DoubleVector a1 = DoubleVector.broadcast(S, ap[ai + 1]);
            c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11); c12 = a1.fma(b2, c12);
            DoubleVector a2 = DoubleVector.broadcast(S, ap[ai + 2]);
            c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21); c22 = a2.fma(b2, c22);
            DoubleVector a3 = DoubleVector.broadcast(S, ap[ai + 3]);
            c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31); c32 = a3.fma(b2, c32);
        }
        if (add) {
            int r0 = cOff + 0 * ldc;
            c00.add(DoubleVector.fromArray(S, c, r0 + 0 * L)).intoArray(c, r0 + 0 * L);
            c01.add(DoubleVector.fromArray(S, c, r0 + 1 * L)).intoArray(c, r0 + 1 * L);
            c02.add(DoubleVector.fromArray(S, c, r0 + 2 * L)).intoArray(c, r0 + 2 * L);
            int r1 = cOff + 1 * ldc;
            c10.add(DoubleVector.fromArray(S, c, r1 + 0 * L)).intoArray(c, r1 + 0 * L);
            c11.add(DoubleVector.fromArray(S, c, r1 + 1 * L)).intoArray(c, r1 + 1 * L);
            c12.add(DoubleVector.fromArray(S, c, r1 + 2 * L)).intoArray(c, r1 + 2 * L);
            int r2 = cOff + 2 * ldc;
            c20.add(DoubleVector.fromArray(S, c, r2 + 0 * L)).intoArray(c, r2 + 0 * L);
            c21.add(DoubleVector.fromArray(S, c, r2 + 1 * L)).intoArray(c, r2 + 1 * L);
            c22.add(DoubleVector.fromArray(S, c, r2 + 2 * L)).intoArray(c, r2 + 2 * L);
            int r3 = cOff + 3 * ldc;
            c30.add(DoubleVector.fromArray(S, c, r3 + 0 * L)).intoArray(c, r3 + 0 * L);
            c31.add(DoubleVector.fromArray(S, c, r3 + 1 * L)).intoArray(c, r3 + 1 * L);
            c32.add(DoubleVector.fromArray(S, c, r3 + 2 * L)).intoArray(c, r3 + 2 * L);
        } else {
            int r0 = cOff + 0 * ldc;
            c00.intoArray(c, r0 + 0 * L);
            c01.intoArray(c, r0 + 1 * L);
            c02.intoArray(c, r0 + 2 * L);
            int r1 = cOff + 1 * ldc;
            c10.intoArray(c, r1 + 0 * L);
            c11.intoArray(c, r1 + 1 * L);
            c12.intoArray(c, r1 + 2 * L);
            int r2 = cOff + 2 * ldc;
            c20.intoArray(c, r2 + 0 * L);
            c21.intoArray(c, r2 + 1 * L);
            c22.intoArray(c, r2 + 2 * L);
            int r3 = cOff + 3 * ldc;
            c30.intoArray(c, r3 + 0 * L);
            c31.intoArray(c, r3 + 1 * L);
            c32.intoArray(c, r3 + 2 * L);
        }
    }
}
