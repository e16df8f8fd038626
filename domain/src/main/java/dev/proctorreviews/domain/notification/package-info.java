/** Support notifications that tell a course team about a suspicious session. */
package dev.proctorreviews.domain.notification;
