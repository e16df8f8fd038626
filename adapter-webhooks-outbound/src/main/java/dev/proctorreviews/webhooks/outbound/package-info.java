/** Sends outbound webhooks over the JDK HTTP client, signed with the Standard Webhooks reference library. */
package dev.proctorreviews.webhooks.outbound;
