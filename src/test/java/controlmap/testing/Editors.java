package controlmap.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.config.EditorTokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Two editors with tokens, and writes to a {@link RunningService} as they would send them. */
public final class Editors {

    public static final String ALICE_TOKEN = "alice-7f3c9a1e5b2d4068";
    public static final String BOB_TOKEN = "bob-0d9e8f7a6b5c4d3e21";
    public static final EditorTokens TOKENS = EditorTokens.parse("alice:" + ALICE_TOKEN + ",bob:" + BOB_TOKEN);

    private Editors() {
    }

    /** A request with a JSON body ({@code application/geo+json}) and, when {@code token} is not null, a bearer token. */
    public static HttpResponse<String> send(RunningService svc, String method, String path, byte[] body, String token) {
        return send(svc, method, path, body, token, "application/geo+json");
    }

    public static HttpResponse<String> send(RunningService svc, String method, String path, byte[] body, String token,
                                            String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(svc.uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null && body != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return svc.send(b.build());
    }

    public static HttpResponse<String> send(RunningService svc, String method, String path, String body, String token) {
        return send(svc, method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), token);
    }

    /** A valid claim Feature about a seeded place, actor and source, without an id and without its own shape. */
    public static ObjectNode claim() {
        ObjectNode f = RunningService.JSON.createObjectNode();
        f.put("type", "Feature");
        f.putNull("geometry");
        ObjectNode p = f.putObject("properties");
        p.put("source", "sohr");
        p.put("place", "raqqa-city");
        p.put("actor", "sdf");
        p.put("valid_from", "2017-10-20");
        p.put("date_precision", "day");
        p.put("reported_on", "2017-10-21");
        p.put("basis", "explicit");
        p.put("quote", "Raqqa is now fully under the control of the SDF");
        p.put("url", "https://www.syriahr.com/en/");
        p.put("article", "SDF takes Raqqa");
        return f;
    }
}
