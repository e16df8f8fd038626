/** What the templates show, already formatted: the templates only place and escape text. */
package dev.proctorreviews.web.view;
