package controlmap.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error with its HTTP meaning, rendered once as {@code application/problem+json} (RFC 9457) by {@link Problems}.
 * Handlers throw it; they never write error responses themselves.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final String parameter;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(int status, String title, String detail, String parameter) {
        super(detail);
        this.status = status;
        this.title = title;
        this.parameter = parameter;
    }

    /** 400: parameter {@code name} is malformed or out of range; {@code reason} says how. */
    public static ApiException badParameter(String name, String reason) {
        return new ApiException(400, "Invalid parameter", "Parameter '" + name + "' " + reason, name);
    }

    /** 404: what parameter {@code name} identifies does not exist; {@code reason} says what is missing. */
    public static ApiException notFound(String name, String reason) {
        return new ApiException(404, "Not found", "Parameter '" + name + "' " + reason, name);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The query parameter or field at fault, or null. */
    public String parameter() {
        return parameter;
    }

    /** Adds a response header to send with the problem ({@code WWW-Authenticate}, {@code Connection}). */
    public ApiException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The response headers to send with the problem. */
    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }
}
