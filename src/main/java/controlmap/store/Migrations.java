package controlmap.store;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ordered list of schema steps, and the runner that brings a store up to date. See {@link Migration}; each
 * backend keeps its own list and says where its version lives through a {@link SchemaTarget}.
 *
 * @param <T> the context the steps receive
 */
public class Migrations<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private final List<? extends Migration<T>> steps;

    /** @throws IllegalArgumentException when the versions are not 1, 2, 3, … in order */
    public Migrations(List<? extends Migration<T>> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration " + steps.get(i).description() + " has version "
                        + steps.get(i).version() + ", expected " + (i + 1));
            }
        }
        this.steps = List.copyOf(steps);
    }

    /** The schema version a store has once every step ran. */
    public int latest() {
        return steps.size();
    }

    /**
     * Applies the steps the store lacks, each in its own transaction.
     *
     * @return how many steps were applied (0 for an up-to-date store)
     * @throws StoreException when a step fails (the store keeps the version of the last step that succeeded), or when
     *                        the store was written by a newer ControlMap whose schema this code does not know
     */
    public int apply(SchemaTarget<T> target) {
        long current = target.schemaVersion();
        if (current > latest()) {
            throw new StoreException(target.describe() + " has schema version " + current + ", newer than the "
                    + latest() + " this ControlMap knows; upgrade ControlMap");
        }
        int applied = 0;
        for (Migration<T> step : steps) {
            if (step.version() > current && applyOne(target, step)) {
                applied++;
            }
        }
        return applied;
    }

    private static <T> boolean applyOne(SchemaTarget<T> target, Migration<T> step) {
        return target.exclusively((context, c) -> {
            // Another process may have migrated the store between our check and our lock.
            if (target.schemaVersion(c) >= step.version()) {
                return false;
            }
            LOG.info("migrating {} to schema version {}: {}", target.describe(), step.version(), step.description());
            step.apply(context, c);
            target.setSchemaVersion(c, step.version());
            return true;
        });
    }
}
