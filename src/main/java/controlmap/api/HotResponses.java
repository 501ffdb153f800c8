package controlmap.api;

import controlmap.http.ConditionalGet;
import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Replays the last answer to an exact repeat of a read, in front of the web framework: a viral view is asked for by
 * thousands of readers with the same URL and headers, and between two writes the answer is the same bytes every
 * time. Requests go through the application as usual until the same one comes a second time; its status, headers
 * and body (as sent: gzip included) are then kept, and later requests with the same path, query, {@code Accept} and
 * {@code Accept-Encoding} get them straight from memory while the data version is unchanged. A stream of one-off
 * requests (random viewports) therefore costs no copying. Revalidations with {@code If-None-Match} go to the
 * application, which answers them without making the body. Only {@code 200} answers the application marked with the
 * data version they were made from ({@link ConditionalGet#DATA_VERSION}) are kept, for the paths given; the bytes held are bounded,
 * the least recently used and the outdated going first.
 */
public final class HotResponses extends Handler.Wrapper {

    /** Request attribute: the data version the answer was made from; set by {@link ConditionalGet}. */
    static final String VERSION_ATTRIBUTE = ConditionalGet.DATA_VERSION;
    private static final int DOORKEEPER = 16_384;
    private static final Set<String> NOT_REPLAYED = Set.of("date", "content-length", "transfer-encoding", "connection",
            "keep-alive");

    private final LongSupplier dataVersion;
    private final Set<String> paths;
    private final long maxBytes;
    private final int maxAnswer;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    /** Keys asked for once: an answer is only copied and kept when asked for a second time. */
    private final Map<Key, Boolean> seenOnce = new ConcurrentHashMap<>();
    private long bytes;

    private record Key(String target, String accept, String acceptEncoding, String host) {
    }

    private static final class Kept {
        final long version;
        final HttpFields headers;
        /**
         * The body in native memory: the socket writes it as it is, where a heap array would first be copied into a
         * temporary native buffer on every replay. Each replay writes a duplicate (its own position).
         */
        final ByteBuffer body;
        volatile long lastUsed;

        Kept(long version, HttpFields headers, byte[] body) {
            this.version = version;
            this.headers = headers;
            this.body = ByteBuffer.allocateDirect(body.length).put(body).flip().asReadOnlyBuffer();
            this.lastUsed = System.nanoTime();
        }

        long weight() {
            return 512L + body.capacity();
        }
    }

    /**
     * @param next        the application
     * @param dataVersion the current data version; a kept answer made from another one is not replayed
     * @param paths       the paths whose answers depend only on the URL, {@code Accept}, {@code Accept-Encoding}
     *                    and the data version
     * @param maxBytes    how many bytes of answers to keep in all
     * @param maxAnswer   the largest answer kept
     */
    public HotResponses(Handler next, LongSupplier dataVersion, Set<String> paths, long maxBytes, int maxAnswer) {
        super(next);
        this.dataVersion = dataVersion;
        this.paths = Set.copyOf(paths);
        this.maxBytes = maxBytes;
        this.maxAnswer = maxAnswer;
    }


    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields h = request.getHeaders();
        if (!HttpMethod.GET.is(request.getMethod()) || !paths.contains(Request.getPathInContext(request))
                || h.contains(HttpHeader.IF_NONE_MATCH)) {
            // revalidations are cheap for the application (the ETag needs no body), and it answers them exactly
            return super.handle(request, response, callback);
        }
        Key key = new Key(request.getHttpURI().getPathQuery(), h.get(HttpHeader.ACCEPT), h.get(HttpHeader.ACCEPT_ENCODING),
                request.getHttpURI().getAuthority());
        Kept k = kept.get(key);
        if (k != null && k.version == dataVersion.getAsLong()) {
            k.lastUsed = System.nanoTime();
            replay(k, response, callback);
            return true;
        }
        if (seenOnce.putIfAbsent(key, Boolean.TRUE) == null) {
            if (seenOnce.size() > DOORKEEPER) {
                seenOnce.clear(); // forgetting some one-off requests only delays keeping a popular one
            }
            return super.handle(request, response, callback);
        }
        Capture capture = new Capture(request, response, maxAnswer);
        return super.handle(request, capture, Callback.from(callback, () -> keep(key, request, capture)));
    }

    private static void replay(Kept k, Response response, Callback callback) {
        HttpFields.Mutable out = response.getHeaders();
        java.util.Set<String> replaced = new java.util.HashSet<>();
        for (HttpField f : k.headers) {
            // the kept headers replace those set in front of this handler (the same security headers)
            if (replaced.add(f.getLowerCaseName())) {
                out.put(f);
            } else {
                out.add(f);
            }
        }
        response.setStatus(HttpStatus.OK_200);
        out.put(HttpHeader.CONTENT_LENGTH, k.body.capacity());
        response.write(true, k.body.duplicate(), callback);
    }

    private void keep(Key key, Request request, Capture capture) {
        Object version = request.getAttribute(VERSION_ATTRIBUTE);
        byte[] body = capture.body();
        if (!(version instanceof Long v) || capture.getStatus() != HttpStatus.OK_200 || body == null) {
            return;
        }
        HttpFields.Mutable headers = HttpFields.build();
        for (HttpField f : capture.getHeaders()) {
            if (!NOT_REPLAYED.contains(f.getLowerCaseName())) {
                headers.add(f);
            }
        }
        Kept k = new Kept(v, headers.asImmutable(), body);
        seenOnce.remove(key);
        synchronized (this) {
            Kept old = kept.put(key, k);
            bytes += k.weight() - (old == null ? 0 : old.weight());
            evict();
        }
    }

    /** Drops answers of other data versions, then the least recently used, until the bound holds. */
    private void evict() {
        if (bytes <= maxBytes) {
            return;
        }
        long now = dataVersion.getAsLong();
        kept.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Key, Kept> e) -> e.getValue().version == now)
                        .thenComparingLong(e -> e.getValue().lastUsed))
                .takeWhile(e -> bytes > maxBytes)
                .forEach(e -> {
                    if (kept.remove(e.getKey(), e.getValue())) {
                        bytes -= e.getValue().weight();
                    }
                });
    }

    /** Passes everything on and keeps a copy of the body written, up to a bound. */
    private static final class Capture extends Response.Wrapper {
        private final int max;
        private byte[] buf = new byte[8192];
        private int size;
        private boolean tooLarge;

        Capture(Request request, Response wrapped, int max) {
            super(request, wrapped);
            this.max = max;
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            if (content != null && !tooLarge) {
                int n = content.remaining();
                if (size + n > max) {
                    tooLarge = true;
                    buf = null;
                } else {
                    if (size + n > buf.length) {
                        buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
                    }
                    content.slice().get(buf, size, n);
                    size += n;
                }
            }
            super.write(last, content, callback);
        }

        byte[] body() {
            return tooLarge ? null : java.util.Arrays.copyOf(buf, size);
        }
    }
}
