/** The real PostgreSQL every storage test runs on, chosen once per JVM; shipped in the test-jar. */
package dev.proctorreviews.persistence.testdb;
