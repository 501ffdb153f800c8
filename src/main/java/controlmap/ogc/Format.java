package controlmap.ogc;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The two encodings of every OGC resource, and how a request picks one: {@code f=json|html} when given (it beats
 * {@code Accept}), else the {@code Accept} header (RFC 9110 §12.5.1: media ranges with q-values; the most specific range
 * that matches an offered type gives its q), else JSON. Nothing acceptable is a 406.
 */
public enum Format {
    JSON(OgcNames.F_JSON), HTML(OgcNames.F_HTML);

    private final String wire;

    Format(String wire) {
        this.wire = wire;
    }

    /** The value of the {@code f} parameter that asks for this format. */
    public String wire() {
        return wire;
    }

    /**
     * The format {@code ctx} asks for.
     *
     * @param jsonTypes the media types of the JSON encoding of this resource (e.g. {@code application/geo+json},
     *                  {@code application/json})
     * @throws controlmap.http.ApiException 406 when {@code f} names another format or {@code Accept} admits neither
     */
    public static Format of(Context ctx, String... jsonTypes) {
        String f = ctx.queryParam(OgcNames.PARAM_F);
        if (f != null) {
            for (Format format : values()) {
                if (format.wire.equals(f)) {
                    return format;
                }
            }
            throw OgcErrors.notAcceptable("Parameter 'f' must be json or html; got '" + f + "'");
        }
        return fromAccept(ctx.header("Accept"), jsonTypes);
    }

    static Format fromAccept(String accept, String... jsonTypes) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        double json = 0;
        for (String type : jsonTypes) {
            json = Math.max(json, quality(accept, type));
        }
        double html = quality(accept, OgcNames.HTML);
        if (json <= 0 && html <= 0) {
            throw OgcErrors.notAcceptable("This resource is offered as " + String.join(", ", jsonTypes) + " or "
                    + OgcNames.HTML + "; the request accepts none of them (Accept: " + accept + ")");
        }
        return html > json ? HTML : JSON;
    }

    /** The q-value {@code accept} gives {@code type}: that of the most specific matching range, 0 when none matches. */
    static double quality(String accept, String type) {
        String wanted = bare(type);
        String wantedMajor = wanted.substring(0, wanted.indexOf('/'));
        int bestSpecificity = -1;
        double q = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String r = bare(parts[0]);
            int specificity = r.equals(wanted) ? 2 : r.equals(wantedMajor + "/*") ? 1 : r.equals("*/*") ? 0 : -1;
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                q = qValue(parts);
            }
        }
        return q;
    }

    private static String bare(String mediaType) {
        int semi = mediaType.indexOf(';');
        return (semi < 0 ? mediaType : mediaType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    private static double qValue(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.startsWith("q=") || p.startsWith("Q=")) {
                try {
                    return Double.parseDouble(p.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
