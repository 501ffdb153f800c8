package controlmap.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.http.ApiException;
import controlmap.http.Problems;
import io.javalin.http.Context;

/**
 * Errors of the OGC API, rendered in this one place as the standard's exception document
 * ({@code {"code": …, "description": …}}, {@code application/json}). Handlers throw {@link ApiException}s made here
 * (or anywhere else); {@link Problems} hands every error of a request under {@link OgcNames#ROOT} to {@link #write}.
 */
public final class OgcErrors {

    public static final String INVALID_PARAMETER = "InvalidParameterValue";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String METHOD_NOT_ALLOWED = "MethodNotAllowed";
    public static final String SERVER_ERROR = "ServerError";
    public static final String UNAVAILABLE = "ServiceUnavailable";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OgcErrors() {
    }

    /** 400: parameter {@code name} is unknown or its value is invalid; {@code reason} says how. */
    public static ApiException invalidParameter(String name, String reason) {
        return ApiException.badParameter(name, reason);
    }

    /** 404: {@code what} (a collection, a feature) does not exist. */
    public static ApiException notFound(String parameter, String what) {
        return new ApiException(404, "Not found", what + " does not exist", parameter);
    }

    /** 406: none of the formats this resource offers is acceptable. */
    public static ApiException notAcceptable(String reason) {
        return new ApiException(406, "Not acceptable", reason, null);
    }

    /** Marks {@code ctx} as a request of the OGC API, so its errors are written by {@link #write}. */
    static void claim(Context ctx) {
        ctx.attribute(Problems.RENDERER, (Problems.Renderer) OgcErrors::write);
    }

    /** Writes the exception document; a {@link Problems.Renderer}. */
    public static void write(Context ctx, int status, String title, String detail, String parameter) {
        ObjectNode body = JSON.createObjectNode();
        body.put("code", code(status));
        body.put("description", detail);
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(OgcNames.JSON);
        ctx.result(body.toString());
    }

    /** The exception code of an HTTP status. */
    static String code(int status) {
        return switch (status) {
            case 400 -> INVALID_PARAMETER;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? SERVER_ERROR : "Status" + status;
        };
    }
}
