/** Assembly: configuration read once, every part built with {@code new}, the embedded database, and main. */
package dev.proctorreviews.bootstrap;
