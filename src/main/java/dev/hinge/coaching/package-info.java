/**
 * Tips on proper form: for every fault code a guide (what it is, why it loads the lower back, the
 * cue, drills with their dose, when to drop the load, sources) and the deadlift set-up checklist.
 * The content is data ({@code coaching/guide.json}), cited in docs/coaching.md; the cue is the
 * fault rule's own, written once. Pure: reads its resource, imports neither edge.
 */
package dev.hinge.coaching;
