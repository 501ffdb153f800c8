package controlmap.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler every request meets, in front of the web framework and of the cache of hot answers:
 * <ul>
 * <li>every answer starts with the {@link SecurityHeaders}, whoever writes it (routes, static files, the framework's
 * own 404s, replays);</li>
 * <li>{@code HEAD} is answered exactly as {@code GET} would be, status and headers, by handing the application a GET;
 * the connection knows the request was HEAD and sends no body (RFC 9110 §9.3.2). Without this the framework answered
 * every HEAD with a bare 200, so HEAD-based health checks and link checkers always saw success.</li>
 * </ul>
 */
public final class HttpEdge extends Handler.Wrapper {

    private final SecurityHeaders security;

    public HttpEdge(Handler next, SecurityHeaders security) {
        super(next);
        this.security = security;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        security.apply(Request.getPathInContext(request), headers::put);
        Request asked = HttpMethod.HEAD.is(request.getMethod()) ? new AsGet(request) : request;
        return super.handle(asked, response, callback);
    }

    /** A HEAD request shown to the application as the GET it stands for. */
    private static final class AsGet extends Request.Wrapper {
        AsGet(Request head) {
            super(head);
        }

        @Override
        public String getMethod() {
            return HttpMethod.GET.asString();
        }
    }
}
