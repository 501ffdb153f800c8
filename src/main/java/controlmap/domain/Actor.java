package controlmap.domain;

/**
 * Who can hold a place.
 *
 * @param id          stable identifier used on the wire ({@code isis}, {@code syrian-government}, …)
 * @param name        display name
 * @param color       CSS colour ({@code #rrggbb}) from a colour-blind-safe palette
 * @param description what the actor covers (allies, umbrella groups), may be null
 * @param negates     for a negative actor such as {@code not-isis} ("not ISIS, holder not stated"): the id of the
 *                    actor it denies; null for an ordinary actor. A negative actor only disputes the actor it negates.
 * @param nameAr      display name in Arabic, may be null
 */
public record Actor(String id, String name, String color, String description, String negates, String nameAr) {

    /** An actor without an Arabic name. */
    public Actor(String id, String name, String color, String description, String negates) {
        this(id, name, color, description, negates, null);
    }

    /** True when a place held by {@code this} according to one source and by {@code other} according to another is a disagreement. */
    public boolean conflictsWith(Actor other) {
        if (id.equals(other.id)) {
            return false;
        }
        if (negates != null && other.negates != null) {
            return false;
        }
        if (negates != null) {
            return negates.equals(other.id);
        }
        if (other.negates != null) {
            return other.negates.equals(id);
        }
        return true;
    }
}
