package dev.carnet.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * XXH64 (Yann Collet's xxHash, 64 bits, seed 0): a non-linear hash at several GB/s, to tell
 * whether a note's file changed. Two CRCs side by side are one linear code, so some edits keep
 * both; XXH64's multiplications and rotations leave no such structure. The JDK has no fast
 * non-cryptographic 64-bit hash, and a cryptographic one cost a cold build a core-second.
 * Checked against the reference implementation's {@code xxhsum -H64} in XxHash64Test.
 */
public final class XxHash64 {
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x85EBCA77C2B2AE63L;
    private static final long P5 = 0x27D4EB2F165667C5L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private XxHash64() {
    }

    public static long hash(byte[] data) {
        int length = data.length;
        int i = 0;
        long h;
        if (length >= 32) {
            long v1 = P1 + P2;
            long v2 = P2;
            long v3 = 0;
            long v4 = -P1;
            for (int limit = length - 32; i <= limit; i += 32) {
                v1 = round(v1, (long) LONGS.get(data, i));
                v2 = round(v2, (long) LONGS.get(data, i + 8));
                v3 = round(v3, (long) LONGS.get(data, i + 16));
                v4 = round(v4, (long) LONGS.get(data, i + 24));
            }
            h = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12) + Long.rotateLeft(v4, 18);
            h = merge(h, v1);
            h = merge(h, v2);
            h = merge(h, v3);
            h = merge(h, v4);
        } else {
            h = P5;
        }
        h += length;
        for (; i + 8 <= length; i += 8) {
            h ^= round(0, (long) LONGS.get(data, i));
            h = Long.rotateLeft(h, 27) * P1 + P4;
        }
        if (i + 4 <= length) {
            h ^= ((int) INTS.get(data, i) & 0xFFFFFFFFL) * P1;
            h = Long.rotateLeft(h, 23) * P2 + P3;
            i += 4;
        }
        for (; i < length; i++) {
            h ^= (data[i] & 0xFFL) * P5;
            h = Long.rotateLeft(h, 11) * P1;
        }
        h ^= h >>> 33;
        h *= P2;
        h ^= h >>> 29;
        h *= P3;
        h ^= h >>> 32;
        return h;
    }

    private static long round(long acc, long input) {
        return Long.rotateLeft(acc + input * P2, 31) * P1;
    }

    private static long merge(long h, long v) {
        return (h ^ round(0, v)) * P1 + P4;
    }
}
