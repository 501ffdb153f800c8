package controlmap.api.write;

import static controlmap.api.write.EditorAuth.Role.EDITOR;

import controlmap.config.EditorTokens;
import controlmap.http.ClientAddress;
import controlmap.http.Cors;
import controlmap.service.ControlMapService;
import controlmap.service.Editing;
import io.javalin.config.JavalinConfig;

/**
 * The editing endpoints (docs/design.md, "Write") and the single-item reads their {@code Location} headers point to.
 * Writes are declared with the {@link EditorAuth.Role#EDITOR} role: {@link EditorAuth} checks the token before
 * their handlers run. Writes get no CORS headers (see {@link Cors}): only same-origin pages and non-browser
 * clients send them.
 */
public final class EditRoutes {

    private EditRoutes() {
    }

    public static void register(JavalinConfig config, ControlMapService service, EditorTokens tokens, ClientAddress clients) {
        Editing editing = new Editing(service);
        new EditorAuth(tokens, clients).install(config);
        ClaimEditApi claims = new ClaimEditApi(service, editing);
        PlaceSourceActorEditApi refs = new PlaceSourceActorEditApi(service, editing);
        config.routes.post("/api/claims", claims::add, EDITOR);
        config.routes.get("/api/claims/{id}", claims::one);
        config.routes.put("/api/claims/{id}", claims::supersede, EDITOR);
        config.routes.delete("/api/claims/{id}", claims::retract, EDITOR);
        config.routes.get("/api/claims/{id}/history", claims::history);
        config.routes.post("/api/places", refs::addPlaces, EDITOR);
        config.routes.get("/api/places/{id}", refs::place);
        config.routes.put("/api/places/{id}", refs::replacePlace, EDITOR);
        config.routes.post("/api/sources", refs::addSource, EDITOR);
        config.routes.get("/api/sources/{id}", refs::source);
        config.routes.post("/api/actors", refs::addActor, EDITOR);
        config.routes.get("/api/actors/{id}", refs::actor);
    }
}
