package controlmap.http;

import controlmap.config.SiteConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The address clients and other sites know us by, for every absolute URL the service writes (OGC links, oEmbed,
 * iframe code, social cards): {@link SiteConfig#publicUrl()} when configured, else the scheme and {@code Host} of the
 * request (which a trusted proxy's {@code Forwarded} / {@code X-Forwarded-*} headers set when
 * {@link SiteConfig#trustForwarded()} is on), else the address the request reached. Decides which URLs are ours
 * (oEmbed answers only for those).
 */
public final class PublicBase {

    private final URI configured;

    public PublicBase(SiteConfig site) {
        this.configured = site.publicUrl();
    }

    /** The base URL for this request, without a trailing slash: {@code https://controlmap.example}. */
    public String of(Context ctx) {
        if (configured != null) {
            return configured.toString();
        }
        String host = ctx.host();
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.\\-:\\[\\]]+")) {
            // no Host (HTTP/1.0) or not a host name: name the address the request reached
            host = hostPort(ctx.req().getLocalAddr(), ctx.req().getLocalPort());
        }
        return ctx.scheme() + "://" + host;
    }

    private static String hostPort(String address, int port) {
        return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
    }

    /**
     * The path of {@code url} relative to {@code base} when {@code url} is an http(s) URL on the same host and port
     * (either scheme), else null.
     */
    public static String pathOn(String base, URI url) {
        URI b = URI.create(base);
        if (url.getScheme() == null || url.getHost() == null) {
            return null;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        boolean samePort = (url.getPort() < 0 && b.getPort() < 0) || port(url) == port(b); // http/https behind a proxy
        if (!url.getHost().equalsIgnoreCase(b.getHost()) || !samePort) {
            return null;
        }
        String basePath = Objects.requireNonNullElse(b.getRawPath(), "");
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (!path.startsWith(basePath)) {
            return null;
        }
        String rest = path.substring(basePath.length());
        return rest.isEmpty() ? "/" : rest.startsWith("/") ? rest : null;
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** {@code url} parsed, or null when it is not a URL at all. */
    public static URI parse(String url) {
        try {
            return new URI(url.trim());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
