package controlmap.query;

import controlmap.domain.Claim;
import java.time.LocalDate;

/**
 * One change in one source's answer for a place.
 *
 * @param date          the first day of the new answer; null when it holds from before every stated day (the claim's
 *                      start was not given by the source)
 * @param source        the source whose answer changed
 * @param actor         who holds the place from {@code date} on, or null when nothing is in force any more
 * @param previousActor who held it the day before, or null at the first event and after a gap
 * @param claim         the winning claim from {@code date} on, or null when nothing is in force; its stance and extent
 *                      say whether the new answer is control or presence, of the whole place or part of it
 */
public record ChangeEvent(LocalDate date, String source, String actor, String previousActor, Claim claim) {
}
