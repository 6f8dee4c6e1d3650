package io.github.cheetahoptimove.optimove;

/**
 * A Bloom filter of the unique identifiers met in one template, in a fixed {@value #BYTES} bytes:
 * it answers "surely new" or "maybe met before", never wrongly "surely new". A surely-new record can
 * go to the list at once; a maybe-met one waits for the spill's exact check. With four probes the
 * filter calls about 1 identifier in 500 "maybe" at 500,000 identifiers and 1 in 7 at 2,000,000;
 * beyond that nearly every record waits for the exact check, which costs the overlap of reading and
 * uploading but never a wrong answer. Not thread-safe.
 */
final class IdentifierFilter {
    /** The filter's size: 2^23 bits. */
    static final int BYTES = 1 << 20;
    private static final int MASK = BYTES * 8 - 1;
    private static final int PROBES = 4;

    private final long[] bits = new long[BYTES / Long.BYTES];

    /**
     * Adds the identifier.
     *
     * @return {@code true} when it was surely not added before
     */
    boolean add(String identifier) {
        long h = hash(identifier);
        int h1 = (int) h;
        int h2 = (int) (h >>> 32) | 1;
        boolean fresh = false;
        for (int i = 0; i < PROBES; i++) {
            int bit = (h1 + i * h2) & MASK;
            long mask = 1L << bit;
            long word = bits[bit >>> 6];
            if ((word & mask) == 0) {
                fresh = true;
                bits[bit >>> 6] = word | mask;
            }
        }
        return fresh;
    }

    /** FNV-1a over the UTF-16 units, finished with MurmurHash3's 64-bit mix so that every bit counts. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
