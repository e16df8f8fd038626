/**
 * The seed scenarios of the domain rules as a reusable abstract suite, with the little world they run in;
 * shipped in the test-jar so that the same scenarios run on the fakes and on PostgreSQL.
 */
package dev.proctorreviews.application.scenarios;
