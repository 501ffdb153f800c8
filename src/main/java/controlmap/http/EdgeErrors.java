package controlmap.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors the server writes itself, before the application sees a request: a request line or headers too long
 * (414, 431), a path that is ambiguous or not UTF-8 ({@code /../}, {@code %C0%AE}, {@code %00}: 400). They come out
 * as {@code application/problem+json}, with the {@link SecurityHeaders} of every other answer, instead of Jetty's
 * HTML page. Installed as the server's and the servlet context's error handler.
 */
public final class EdgeErrors extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SecurityHeaders security;

    public EdgeErrors(SecurityHeaders security) {
        this.security = security;
    }

    /** Errors found while parsing, when there is no request yet. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        security.apply(null, fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(problem(status, reason, null));
    }

    /** Errors of a request the server received but refused (or the framework left unanswered). */
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() > 0 ? response.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR_500;
        Object message = request.getAttribute(ERROR_MESSAGE);
        String path = null;
        try {
            path = request.getHttpURI().getPath();
        } catch (RuntimeException e) {
            // an ambiguous or undecodable path: the problem says why, without it
        }
        HttpFields.Mutable headers = response.getHeaders();
        security.apply(path, headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(problem(status, message == null ? null : message.toString(), path)),
                callback);
        return true;
    }

    private static byte[] problem(int status, String reason, String path) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "about:blank");
        String title = HttpStatus.getMessage(status);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", reason == null || reason.isBlank() ? detail(status, title) : "The request was refused: "
                + reason);
        if (path != null) {
            body.put("instance", path);
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String detail(int status, String title) {
        return switch (status) {
            case 400 -> "The request is malformed (its path is ambiguous, not UTF-8, or holds a control character).";
            case 414 -> "The address is too long for this server.";
            case 431 -> "The request's headers are too large for this server.";
            default -> "The request was refused: " + title + ".";
        };
    }
}
