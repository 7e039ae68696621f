/**
 * The use cases: what Hinge does for its lifter, written once and called by both edges, the command
 * line ({@code dev.hinge.cli}) and the web app ({@code dev.hinge.web}). Analyse a video and save it
 * with the profile's height and body mass ({@link dev.hinge.app.Analyses}), take uploads and
 * analyse them in the background ({@link dev.hinge.app.UploadedVideos}), submit a check-in ({@link
 * dev.hinge.app.CheckIns}), log a set and import a workout export ({@link
 * dev.hinge.app.TrainingLog}), read and change the profile ({@link dev.hinge.app.Profiles}). The
 * rules a request must meet live here (and in the domain records they build), not in the edges: an
 * edge turns its input into a request, calls the use case and shows the answer.
 */
package dev.hinge.app;
