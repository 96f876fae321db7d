package org.petrobench.epma.engine.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Fixed pixel blocks processed in parallel (EPMA.md §14). Block boundaries do not depend on the
 * thread count, and callers reduce per-block partial sums in block order, so results are
 * identical for any number of threads.
 */
final class PixelBlocks implements AutoCloseable {

    static final int BLOCK = 16384;

    private final int pixels;
    private final ForkJoinPool pool;

    PixelBlocks(int pixels, int threads) {
        this.pixels = pixels;
        int t = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        this.pool = t == 1 ? null : new ForkJoinPool(t);
    }

    int count() {
        return (pixels + BLOCK - 1) / BLOCK;
    }

    int from(int block) {
        return block * BLOCK;
    }

    int to(int block) {
        return Math.min(pixels, (block + 1) * BLOCK);
    }

    /** Runs {@code body} for every block index, in parallel when more than one thread. */
    void forEach(IntConsumer body) {
        int n = count();
        if (pool == null) {
            for (int b = 0; b < n; b++) {
                body.accept(b);
            }
            return;
        }
        pool.submit(() -> IntStream.range(0, n).parallel().forEach(body)).join();
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
