/**
 * The queue of upload analyses, on JobRunr: its tables live in the journal's own database (SQLite
 * by default, PostgreSQL for several machines), so any process that opens the same journal can
 * queue an analysis or run one. Knows nothing of what an analysis is: it runs a {@link
 * dev.hinge.jobs.AnalysisQueue.Work} given by the use cases.
 */
package dev.hinge.jobs;
