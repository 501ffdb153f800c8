package controlmap.query;

import controlmap.domain.Claim;
import java.time.LocalDate;

/**
 * One change in one source's answer for a place.
 *
 * @param date          the first day of the new answer
 * @param source        the source whose answer changed
 * @param actor         who holds the place from {@code date} on, or null when nothing is in force any more
 * @param previousActor who held it the day before, or null at the first event and after a gap
 * @param claim         the winning claim from {@code date} on, or null when nothing is in force
 */
public record ChangeEvent(LocalDate date, String source, String actor, String previousActor, Claim claim) {
}
