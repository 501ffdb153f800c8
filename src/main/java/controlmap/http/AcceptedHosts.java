package controlmap.http;

import controlmap.config.SiteConfig;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which names a request may call the service by ({@code Host}, or the {@code X-Forwarded-Host} of a trusted proxy).
 * Absolute URLs in answers (OGC links, oEmbed, og:image, iframe code) are built from the configured public address
 * when there is one, else from the request's host; and answers are cached by proxies and readers' browsers. So a host
 * a client may choose freely would let one client write links into the answers everyone else gets (cache poisoning).
 * Accepted are:
 * <ul>
 * <li>with {@link SiteConfig#allowedHosts} configured: those, and no other;</li>
 * <li>else with a public URL configured: any (no link depends on the host);</li>
 * <li>else: only {@code localhost}, the loopback addresses and the address the request reached (a development
 * machine, or the service addressed by IP on an internal network) — a name a client invented never is.</li>
 * </ul>
 * Others get 421 Misdirected Request. {@code /health} answers whatever the host (load balancers probe by address):
 * the wiring names such paths.
 * Where the host may vary (no public URL), answers that carry links (pages, oEmbed, the OGC API; not {@code /api},
 * whose answers hold none) name {@code Host} in {@code Vary} and in their ETag ({@link ConditionalGet}).
 */
public final class AcceptedHosts {

    /** Request attribute: set when this answer's links are built from the request's host. */
    static final String HOST_VARIES = "controlmap.hostVaries";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final List<String> allowed;
    private final boolean publicUrl;
    private final Set<String> anyHost;

    /** Checks hosts as {@code site} says, except on {@code anyHost}: paths answered whatever the host. */
    public AcceptedHosts(SiteConfig site, Set<String> anyHost) {
        this.allowed = site.allowedHosts();
        this.publicUrl = site.publicUrl() != null;
        this.anyHost = Set.copyOf(anyHost);
    }

    /** Registers the check before every other handler. */
    public void install(JavalinConfig config) {
        config.routes.before(this::check);
    }

    private void check(Context ctx) {
        if (anyHost.contains(ctx.path())) {
            return;
        }
        String host = ctx.host();
        if (host == null || host.isEmpty()) {
            return; // HTTP/1.0 without Host: links name the address the request reached (PublicBase)
        }
        if (!accepts(host.toLowerCase(Locale.ROOT), ctx.req().getLocalAddr())) {
            throw new ApiException(421, "Misdirected request", "This service does not answer for the host named in "
                    + "the request; an operator lists the names it answers for in " + SiteConfig.PUBLIC_URL_ENV
                    + " or " + SiteConfig.ALLOWED_HOSTS_ENV + ".", null);
        }
        if (!publicUrl && !ctx.path().startsWith("/api/")) {
            // pages, oEmbed and the OGC API write links; /api answers hold none, and keep one ETag on every instance
            ctx.attribute(HOST_VARIES, host);
        }
    }

    boolean accepts(String hostPort, String localAddress) {
        String name = hostOf(hostPort);
        if (!allowed.isEmpty()) {
            return allowed.contains(hostPort) || allowed.contains(name);
        }
        if (publicUrl) {
            return true;
        }
        return LOOPBACK.contains(name) || name.equals(localAddress) || name.equals("[" + localAddress + "]");
    }

    /** {@code host:port} without the port ({@code [::1]:80} → {@code [::1]}). */
    static String hostOf(String hostPort) {
        int close = hostPort.lastIndexOf(']');
        int colon = hostPort.lastIndexOf(':');
        return colon > close ? hostPort.substring(0, colon) : hostPort;
    }
}
