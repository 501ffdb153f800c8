package controlmap.api;

import controlmap.http.SplicedGzip;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * One encoded as-of answer, shared by every day of an interval between two change dates: the document is the same
 * for all of them but for the day it names, which sits at a fixed place near its start ({@code "date":"…"}). The
 * document is kept with the position of that day, and the rest after it is deflated once when gzip is first asked
 * for, so any day of the interval is answered by copying bytes, plain or gzip, without encoding JSON or compressing
 * again.
 */
final class EncodedAnswer {

    private static final byte[] DATE_MEMBER = "\"date\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final int DAY_LENGTH = 10;
    /** Javalin's default: smaller answers go out uncompressed. */
    static final int MIN_GZIP_LENGTH = 1500;

    private final byte[] document;
    private final int tailAt;
    private final LocalDate day;
    private volatile SplicedGzip gzip;

    private EncodedAnswer(byte[] document, int tailAt, LocalDate day) {
        this.document = document;
        this.tailAt = tailAt;
        this.day = day;
    }

    /**
     * Wraps a document written for {@code day} (not copied: it must not change); its first
     * {@code "date":"YYYY-MM-DD"} member must be that day.
     *
     * @throws IllegalArgumentException when it is not
     */
    static EncodedAnswer of(byte[] document, LocalDate day) {
        int at = indexOf(document, DATE_MEMBER);
        byte[] text = day.toString().getBytes(StandardCharsets.US_ASCII);
        if (at < 0 || text.length != DAY_LENGTH || !regionEquals(document, at + DATE_MEMBER.length, text)) {
            throw new IllegalArgumentException("the document does not start by naming the day " + day);
        }
        return new EncodedAnswer(document, at + DATE_MEMBER.length + DAY_LENGTH, day);
    }

    /** The document for {@code day} (a day of the same interval); the one kept, not a copy, for its own day. */
    byte[] identity(LocalDate day) {
        if (day.equals(this.day)) {
            return document;
        }
        byte[] out = document.clone();
        System.arraycopy(dayText(day), 0, out, tailAt - DAY_LENGTH, DAY_LENGTH);
        return out;
    }

    /** The document for {@code day} as one gzip member. */
    byte[] gzip(LocalDate day) {
        SplicedGzip g = gzip;
        if (g == null) {
            synchronized (this) {
                g = gzip;
                if (g == null) {
                    g = new SplicedGzip(java.util.Arrays.copyOfRange(document, tailAt, document.length));
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
        return document.length;
    }

    /** Bytes held, roughly, for the cache's bound (the deflated copy counted as a third of the plain one). */
    long weight() {
        return 64L + document.length + document.length / 3;
    }

    private byte[] headFor(LocalDate day) {
        byte[] h = java.util.Arrays.copyOf(document, tailAt);
        System.arraycopy(dayText(day), 0, h, tailAt - DAY_LENGTH, DAY_LENGTH);
        return h;
    }

    private static byte[] dayText(LocalDate day) {
        byte[] text = day.toString().getBytes(StandardCharsets.US_ASCII);
        if (text.length != DAY_LENGTH) {
            throw new IllegalArgumentException("not a four-digit year: " + day);
        }
        return text;
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
