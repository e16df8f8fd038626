package dev.proctorreviews.archcanary.http;

/** Violates: writes to standard output instead of logging. */
public class Printer {
    public void print() {
        System.out.println("hello");
    }
}
