/** Strict JSON reading and the never-store rule, shared by the vendor adapters and the HTTP adapter. */
package dev.proctorreviews.json;
