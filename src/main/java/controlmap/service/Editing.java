package controlmap.service;

import controlmap.domain.Actor;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.domain.Source;
import controlmap.geo.Decoded;
import controlmap.service.ControlMapService.Snapshot;
import controlmap.store.ClaimStore;
import controlmap.store.VersionConflict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Editors' changes to the dataset: checks decoded input against the current data, writes it in one store
 * transaction, then refreshes the service's snapshot so answers (and their ETags) move with the write.
 *
 * <p>Writes are serialised here, so "is this id free?" and the write that takes it cannot interleave with another
 * editor's. Every method writes all of its input or nothing: a refusal is {@link Refused}, thrown before the store is
 * touched.
 */
public final class Editing {

    private static final Logger LOG = LoggerFactory.getLogger(Editing.class);

    private final ControlMapService service;
    private final Object writeLock = new Object();

    public Editing(ControlMapService service) {
        this.service = service;
    }

    /**
     * Stores new claims, all or nothing. Claims without an id get {@code source-valid_from-place-actor} (with
     * {@code -2}, {@code -3}… when taken).
     *
     * @return the claims as stored (version 1, recorded, editor), in input order
     * @throws Refused UNKNOWN_REFERENCE, or CONFLICT when a given id exists already
     */
    public List<Claim> addClaims(Decoded<Claim> batch, String editor) {
        synchronized (writeLock) {
            Snapshot s = service.refresh();
            new ClaimValidator(s).check(batch);
            ClaimStore store = service.store();
            Set<String> taken = new HashSet<>();
            for (Claim c : batch.items()) {
                if (c.id() != null) {
                    taken.add(c.id());
                }
            }
            List<Claim> toStore = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                Claim c = batch.items().get(i);
                String id = c.id();
                if (id == null) {
                    id = ClaimIds.generate(c, candidate -> taken.contains(candidate)
                            || store.claim(candidate).isPresent());
                    taken.add(id);
                } else if (store.claim(id).isPresent()) {
                    throw Refused.conflict(batch.field(i, "id"), "a claim '" + id
                            + "' exists already; PUT /api/claims/" + id + " supersedes it");
                }
                toStore.add(ClaimIds.withId(c, id));
            }
            List<Claim> stored = store.addClaims(toStore, editor);
            service.refresh();
            LOG.info("{} added {} claim(s), first {}", editor, stored.size(), stored.get(0).id());
            return stored;
        }
    }

    /**
     * Replaces claim {@code id} with {@code replacement} (version + 1; the old version stays in history).
     *
     * @param expectedVersion the version the editor changed ({@link ClaimStore#ANY_VERSION}: whatever it is now)
     * @throws Refused         NOT_FOUND when there is no claim {@code id}, OTHER_ID when the replacement names another
     *                         id, UNKNOWN_REFERENCE when it names a place, actor or source that does not exist
     * @throws VersionConflict when the claim is at another version than {@code expectedVersion}
     */
    public Claim supersede(String id, Claim replacement, String editor, int expectedVersion) {
        synchronized (writeLock) {
            Snapshot s = service.refresh();
            if (service.store().claim(id).isEmpty()) {
                throw Refused.notFound("no claim '" + id + "'");
            }
            if (replacement.id() != null && !replacement.id().equals(id)) {
                throw Refused.otherId("id", "'" + replacement.id() + "' differs from the claim in the "
                        + "path, '" + id + "'; a correction keeps the id");
            }
            new ClaimValidator(s).check(replacement, "");
            Claim stored = service.store().supersede(id, ClaimIds.withId(replacement, id), editor, expectedVersion);
            service.refresh();
            LOG.info("{} superseded claim {} (now version {})", editor, id, stored.version());
            return stored;
        }
    }

    /**
     * Marks claim {@code id} retracted by {@code editor}, now, for {@code reason}; it stays stored but leaves answers.
     *
     * @param expectedVersion the version the editor saw ({@link ClaimStore#ANY_VERSION}: whatever it is now)
     * @throws Refused         NOT_FOUND when there is no claim {@code id}, CONFLICT when it is retracted already
     * @throws VersionConflict when the claim is at another version than {@code expectedVersion}
     */
    public Claim retract(String id, String reason, String editor, int expectedVersion) {
        synchronized (writeLock) {
            service.refresh();
            Claim current = service.store().claim(id).orElseThrow(() -> Refused.notFound("no claim '"
                    + id + "'"));
            if (current.retracted()) {
                throw Refused.conflict("id", "claim '" + id + "' was retracted already by "
                        + current.retraction().by() + " at " + current.retraction().at());
            }
            Claim stored = service.store().retract(id, editor, reason, expectedVersion);
            service.refresh();
            LOG.info("{} retracted claim {}", editor, id);
            return stored;
        }
    }

    /**
     * Stores new places, all or nothing.
     *
     * @throws Refused CONFLICT when an id exists already
     */
    public List<Place> addPlaces(Decoded<Place> batch, String editor) {
        synchronized (writeLock) {
            Snapshot s = service.refresh();
            for (int i = 0; i < batch.size(); i++) {
                String id = batch.items().get(i).id();
                if (s.hasPlace(id)) {
                    throw Refused.conflict(batch.field(i, "id"), "a place '" + id
                            + "' exists already; PUT /api/places/" + id + " replaces it");
                }
            }
            service.store().putPlaces(batch.items());
            service.refresh();
            LOG.info("{} added {} place(s), first {}", editor, batch.size(), batch.first().id());
            return batch.items();
        }
    }

    /**
     * Replaces place {@code id} (its name, shape, …); claims about it keep referring to it.
     *
     * @throws Refused NOT_FOUND when there is no place {@code id}, OTHER_ID when {@code place} has another id
     */
    public Place replacePlace(String id, Place place, String editor) {
        synchronized (writeLock) {
            Snapshot s = service.refresh();
            if (!s.hasPlace(id)) {
                throw Refused.notFound("no place '" + id + "'");
            }
            if (!id.equals(place.id())) {
                throw Refused.otherId("id", "'" + place.id() + "' differs from the place in the path, '"
                        + id + "'");
            }
            service.store().putPlaces(List.of(place));
            service.refresh();
            LOG.info("{} replaced place {}", editor, id);
            return place;
        }
    }

    /** Stores a new source. @throws Refused CONFLICT when its id exists already */
    public Source addSource(Source source, String editor) {
        synchronized (writeLock) {
            if (service.refresh().hasSource(source.id())) {
                throw Refused.conflict("id", "a source '" + source.id() + "' exists already");
            }
            service.store().putSources(List.of(source));
            service.refresh();
            LOG.info("{} added source {}", editor, source.id());
            return source;
        }
    }

    /**
     * Stores a new actor.
     *
     * @throws Refused CONFLICT when its id exists already, UNKNOWN_REFERENCE when {@code negates}
     *                               names no actor
     */
    public Actor addActor(Actor actor, String editor) {
        synchronized (writeLock) {
            Snapshot s = service.refresh();
            if (s.hasActor(actor.id())) {
                throw Refused.conflict("id", "an actor '" + actor.id() + "' exists already");
            }
            if (actor.negates() != null && !s.hasActor(actor.negates())) {
                throw Refused.unknownReference("negates", "names no known actor: '"
                        + actor.negates() + "'");
            }
            service.store().putActors(List.of(actor));
            service.refresh();
            LOG.info("{} added actor {}", editor, actor.id());
            return actor;
        }
    }
}
