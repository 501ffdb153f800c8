package controlmap.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import controlmap.wire.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON documents ({@link Json.Body}) as HTTP answers: whole, or streamed to the client as they are written. */
public final class JsonAnswers {

    private JsonAnswers() {
    }

    /** Answers {@code ctx} with the document {@code body} writes, as {@code contentType}. */
    public static void respond(Context ctx, String contentType, Json.Body body) {
        ctx.contentType(contentType + "; charset=utf-8");
        ctx.result(Json.bytes(body));
    }

    /**
     * Answers {@code ctx} with the document {@code body} writes, written straight to the client as it is made (no
     * copy of the whole in memory; the service's compression applies as usual).
     *
     * @return the length of the document in bytes
     */
    public static long stream(Context ctx, String contentType, Json.Body body) {
        ctx.contentType(contentType + "; charset=utf-8");
        long[] count = new long[1];
        java.io.OutputStream counting = new java.io.FilterOutputStream(ctx.outputStream()) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                count[0] += len;
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                count[0]++;
            }
        };
        try (JsonGenerator out = Json.FACTORY.createGenerator(counting, JsonEncoding.UTF8)) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

}
