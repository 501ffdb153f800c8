package controlmap.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.geo.InvalidInputException;
import controlmap.service.Refused;
import controlmap.store.StoreFault;
import controlmap.store.VersionConflict;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: {@code application/problem+json} (RFC 9457), unless the request
 * carries another {@link Renderer} in the attribute {@link #RENDERER} (the OGC API sets one for its paths, whose
 * clients expect the standard's exception document).
 */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";
    /** Request attribute holding the {@link Renderer} for this request's errors, when not problem+json. */
    public static final String RENDERER = "controlmap.errorRenderer";
    private static final String WRITTEN = "controlmap.errorWritten";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes an error response; the arguments are those of {@link #write}. */
    @FunctionalInterface
    public interface Renderer {
        void write(Context ctx, int status, String title, String detail, String parameter);
    }

    private Problems() {
    }

    /** Registers the exception and error handlers on {@code config}; store faults are not followed. */
    public static void install(JavalinConfig config) {
        install(config, null);
    }

    /**
     * Registers the exception and error handlers on {@code config}; a write refused for a {@link StoreFault} is
     * answered with its status and reported to {@code writeRefused} (null: not reported).
     */
    public static void install(JavalinConfig config, Consumer<StoreFault> writeRefused) {
        config.routes.exception(ApiException.class, Problems::write);
        config.routes.exception(InvalidInputException.class, (e, ctx) -> write(ctx, status(e.kind()),
                title(e.kind()), e.getMessage(), null, e.field()));
        config.routes.exception(Refused.class, (e, ctx) -> {
            if (e.why() == Refused.Reason.NOT_FOUND) {
                write(ctx, 404, "Not found", capitalised(e.reason()), null);
            } else {
                write(ctx, status(e.why()), title(e.why()), e.getMessage(), null, e.field());
            }
        });
        config.routes.exception(VersionConflict.class, (e, ctx) -> {
            write(ctx, changedSince(e.id(), null)); // changed by another editor between the If-Match check and the write
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(),
                "HTTP " + e.getStatus(), e.getMessage(), null));
        config.routes.exception(Exception.class, (e, ctx) -> {
            Optional<StoreFault> fault = StoreFault.of(e);
            if (fault.isPresent()) {
                refused(ctx, fault.get(), writeRefused);
                return;
            }
            LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "Internal error", "The server failed to answer this request; it has been logged.", null);
        });
        config.routes.error(404, ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                write(ctx, 404, "Not found", "No resource at " + ctx.path(), null);
            }
        });
        config.routes.error(405, ctx -> write(ctx, 405, "Method not allowed",
                "Method " + ctx.method() + " is not allowed on " + ctx.path(), null));
    }

    /** A store fault: the status that says it, Retry-After, and what it means for the request (nothing stored). */
    private static void refused(Context ctx, StoreFault fault, Consumer<StoreFault> writeRefused) {
        boolean write = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
        if (write && writeRefused != null) {
            writeRefused.accept(fault);
        }
        LOG.info("{} {} refused: {}", ctx.method(), ctx.path(), fault.reason());
        ctx.header("Retry-After", fault.kind() == StoreFault.Kind.LOCKED ? "5" : "30");
        write(ctx, fault.kind().status(), fault.kind() == StoreFault.Kind.FULL ? "Insufficient storage"
                : "Store unavailable for writes", (write ? "Writes are refused: " : "The store cannot answer: ")
                + fault.reason() + ". Nothing of this request was stored; reads go on. Try again later.", null);
    }

    /** HTTP status of refused input: 400 not JSON, 422 invalid, 409 conflict. */
    private static int status(InvalidInputException.Kind kind) {
        return switch (kind) {
            case MALFORMED -> 400;
            case INVALID -> 422;
            case CONFLICT -> 409;
        };
    }

    /** HTTP status of a refused change: 409 conflict, 422 unknown reference or another id (404 is written apart). */
    private static int status(Refused.Reason why) {
        return why == Refused.Reason.CONFLICT ? 409 : 422;
    }

    private static String title(Refused.Reason why) {
        return switch (why) {
            case NOT_FOUND -> "Not found";
            case UNKNOWN_REFERENCE -> "Unknown reference";
            case CONFLICT -> "Conflict";
            case OTHER_ID -> "Invalid input";
        };
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? "Not found" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * 412: claim {@code id} is no longer as the request's {@code If-Match} showed it; {@code now} (may be null) is how it
     * is now ({@code it is at version 3 now, ETag "…"}).
     */
    public static ApiException changedSince(String id, String now) {
        return new ApiException(412, "Precondition failed", "Claim '" + id + "' has changed since the ETag in "
                + "If-Match" + (now == null ? "" : ": " + now)
                + ". GET it again, make the change on what it says now, and send that ETag.", null);
    }

    private static String title(InvalidInputException.Kind kind) {
        return switch (kind) {
            case MALFORMED -> "Malformed JSON";
            case INVALID -> "Invalid input";
            case CONFLICT -> "Conflict";
        };
    }

    private static void write(ApiException e, Context ctx) {
        write(ctx, e);
    }

    /** Writes the problem {@code e} describes, with its headers. */
    private static void write(Context ctx, ApiException e) {
        e.headers().forEach(ctx::header);
        write(ctx, e.status(), e.title(), e.getMessage(), e.parameter());
    }

    /** Writes a problem document with {@code type}, {@code title}, {@code status}, {@code detail} and {@code parameter}. */
    public static void write(Context ctx, int status, String title, String detail, String parameter) {
        write(ctx, status, title, detail, parameter, null);
    }

    /**
     * Writes a problem document; {@code field} (may be null) is the path of the request body member at fault
     * ({@code features[3].properties.valid_from}), as {@code parameter} is the query parameter at fault.
     */
    public static void write(Context ctx, int status, String title, String detail, String parameter, String field) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        Renderer renderer = ctx.attribute(RENDERER);
        if (renderer != null) {
            renderer.write(ctx, status, title, detail, parameter != null ? parameter : field);
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        if (field != null) {
            body.put("field", field);
        }
        body.put("instance", ctx.path());
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.res().setHeader("ETag", null); // set for the answer that was being made, not for this problem
        ctx.contentType(CONTENT_TYPE);
        ctx.result(body.toString());
    }
}
