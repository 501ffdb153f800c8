package controlmap.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * One encoded as-of answer, shared by every day of an interval between two change dates: the document is the same
 * for all of them but for the day it names, which sits at a fixed place near its start ({@code "date":"…"}). Kept as
 * a head ending with that day and the rest, with the rest also deflated once, so any day of the interval is answered
 * by copying bytes, plain or gzip, without encoding JSON or compressing again.
 */
final class EncodedAnswer {

    private static final byte[] DATE_MEMBER = "\"date\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final int DAY_LENGTH = 10;
    /** Javalin's default: smaller answers go out uncompressed. */
    static final int MIN_GZIP_LENGTH = 1500;

    private final byte[] head;
    private final byte[] tail;
    private volatile SplicedGzip gzip;

    private EncodedAnswer(byte[] head, byte[] tail) {
        this.head = head;
        this.tail = tail;
    }

    /**
     * Splits a document written for {@code day}; its first {@code "date":"YYYY-MM-DD"} member must be that day.
     *
     * @throws IllegalArgumentException when it is not
     */
    static EncodedAnswer of(byte[] document, LocalDate day) {
        int at = indexOf(document, DATE_MEMBER);
        byte[] text = day.toString().getBytes(StandardCharsets.US_ASCII);
        if (at < 0 || text.length != DAY_LENGTH || !regionEquals(document, at + DATE_MEMBER.length, text)) {
            throw new IllegalArgumentException("the document does not start by naming the day " + day);
        }
        int end = at + DATE_MEMBER.length + DAY_LENGTH;
        byte[] head = new byte[end];
        byte[] tail = new byte[document.length - end];
        System.arraycopy(document, 0, head, 0, end);
        System.arraycopy(document, end, tail, 0, tail.length);
        return new EncodedAnswer(head, tail);
    }

    /** The document for {@code day} (a day of the same interval). */
    byte[] identity(LocalDate day) {
        byte[] out = new byte[head.length + tail.length];
        System.arraycopy(headFor(day), 0, out, 0, head.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    /** The document for {@code day} as one gzip member. */
    byte[] gzip(LocalDate day) {
        SplicedGzip g = gzip;
        if (g == null) {
            synchronized (this) {
                g = gzip;
                if (g == null) {
                    g = new SplicedGzip(tail);
                    gzip = g;
                }
            }
        }
        return g.gzip(headFor(day));
    }

    /**
     * Answers {@code ctx} with the document for {@code day}: gzip when the client accepts it and the document is
     * large enough to be worth it (the rule the service's own compression follows), plain otherwise.
     */
    void send(Context ctx, String contentType, LocalDate day) {
        ctx.contentType(contentType + "; charset=utf-8");
        if (length() >= MIN_GZIP_LENGTH && acceptsGzip(ctx.header("Accept-Encoding"))) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(gzip(day));
        } else {
            ctx.result(identity(day));
        }
    }

    /** True when {@code acceptEncoding} lists {@code gzip} (without parameters, as the service's compression reads it). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            if (coding.trim().equalsIgnoreCase("gzip")) {
                return true;
            }
        }
        return false;
    }

    /** Length of the plain document. */
    int length() {
        return head.length + tail.length;
    }

    /** Bytes held, roughly, for the cache's bound (the deflated copy counted as a third of the plain one). */
    long weight() {
        return 64L + head.length + tail.length + tail.length / 3;
    }

    private byte[] headFor(LocalDate day) {
        byte[] h = head.clone();
        byte[] text = day.toString().getBytes(StandardCharsets.US_ASCII);
        if (text.length != DAY_LENGTH) {
            throw new IllegalArgumentException("not a four-digit year: " + day);
        }
        System.arraycopy(text, 0, h, h.length - DAY_LENGTH, DAY_LENGTH);
        return h;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        for (int i = 0; i + pattern.length <= data.length; i++) {
            if (regionEquals(data, i, pattern)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionEquals(byte[] data, int at, byte[] pattern) {
        if (at + pattern.length > data.length) {
            return false;
        }
        for (int k = 0; k < pattern.length; k++) {
            if (data[at + k] != pattern[k]) {
                return false;
            }
        }
        return true;
    }
}
