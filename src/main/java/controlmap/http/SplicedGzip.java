package controlmap.http;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip member (RFC 1952) for {@code head + tail} made without compressing {@code tail} again: the tail is deflated
 * once, the few bytes of a head that changes per request go first as a stored block, and the CRC-32 of the whole is
 * combined from the CRCs of the parts (zlib's {@code crc32_combine}, with the operator for the tail's length computed
 * once). Any inflater reads the result as the plain concatenation; only the compressed bytes differ from a one-pass
 * gzip of the same text.
 */
public final class SplicedGzip {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private static final int MAX_STORED = 65_535;
    private static final int CRC_POLY = 0xedb88320;

    private final byte[] deflatedTail;
    private final int tailCrc;
    private final int tailLength;
    /** Multiplies a CRC by x^(8 × tailLength): what appending tailLength zero bytes does to it. */
    private final int[] shift;

    /** Deflates {@code tail} (level 6, as the service's gzip does). */
    public SplicedGzip(byte[] tail) {
        this.deflatedTail = deflate(tail);
        CRC32 crc = new CRC32();
        crc.update(tail);
        this.tailCrc = (int) crc.getValue();
        this.tailLength = tail.length;
        this.shift = zerosOperator(tail.length);
    }

    /** The compressed size of the tail; for cache accounting. */
    public int size() {
        return deflatedTail.length;
    }

    /** A gzip member whose content is {@code head} followed by the tail. */
    public byte[] gzip(byte[] head) {
        int blocks = Math.max(1, (head.length + MAX_STORED - 1) / MAX_STORED);
        byte[] out = new byte[HEADER.length + head.length + 5 * blocks + deflatedTail.length + 8];
        System.arraycopy(HEADER, 0, out, 0, HEADER.length);
        int at = HEADER.length;
        for (int from = 0, b = 0; b < blocks; b++) {
            int len = Math.min(MAX_STORED, head.length - from);
            out[at++] = 0; // BFINAL 0, BTYPE 00 (stored), padded to the byte
            out[at++] = (byte) len;
            out[at++] = (byte) (len >>> 8);
            out[at++] = (byte) ~len;
            out[at++] = (byte) (~len >>> 8);
            System.arraycopy(head, from, out, at, len);
            at += len;
            from += len;
        }
        System.arraycopy(deflatedTail, 0, out, at, deflatedTail.length);
        at += deflatedTail.length;
        CRC32 crc = new CRC32();
        crc.update(head);
        int whole = times(shift, (int) crc.getValue()) ^ tailCrc;
        putIntLe(out, at, whole);
        putIntLe(out, at + 4, head.length + tailLength);
        return out;
    }

    public static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(6, true);
        try {
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 4));
            byte[] buf = new byte[16_384];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    /** The GF(2) operator for appending {@code length} zero bytes to a CRC-32 (zlib's crc32_combine, kept). */
    private static int[] zerosOperator(long length) {
        int[] result = identity();
        int[] odd = new int[32];
        odd[0] = CRC_POLY; // one zero bit
        for (int n = 1, row = 1; n < 32; n++, row <<= 1) {
            odd[n] = row;
        }
        int[] even = square(odd); // two zero bits
        odd = square(even); // four
        int[] op = square(odd); // one zero byte
        for (long len = length; len != 0; len >>>= 1) {
            if ((len & 1) != 0) {
                result = compose(op, result);
            }
            op = square(op);
        }
        return result;
    }

    private static int[] identity() {
        int[] m = new int[32];
        for (int n = 0; n < 32; n++) {
            m[n] = 1 << n;
        }
        return m;
    }

    /** The operator applying {@code b} after {@code a}. */
    private static int[] compose(int[] b, int[] a) {
        int[] m = new int[32];
        for (int n = 0; n < 32; n++) {
            m[n] = times(b, a[n]);
        }
        return m;
    }

    private static int[] square(int[] mat) {
        return compose(mat, mat);
    }

    private static int times(int[] mat, int vec) {
        int sum = 0;
        for (int i = 0; vec != 0; i++, vec >>>= 1) {
            if ((vec & 1) != 0) {
                sum ^= mat[i];
            }
        }
        return sum;
    }

    private static void putIntLe(byte[] out, int at, int v) {
        out[at] = (byte) v;
        out[at + 1] = (byte) (v >>> 8);
        out[at + 2] = (byte) (v >>> 16);
        out[at + 3] = (byte) (v >>> 24);
    }
}
