/**
 * The training journal: sessions, sets, analysed sets with reps and faults, and check-ins, in
 * SQLite or PostgreSQL, with Flyway migrations, and its CSV and JSON exports. Never imports {@code
 * cli} or {@code web}.
 */
package dev.hinge.journal;
