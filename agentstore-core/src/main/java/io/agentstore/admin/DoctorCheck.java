package io.agentstore.admin;

import java.util.Objects;

/**
 * One finding of {@code agentstore doctor}: what was checked, how it went, what was seen, and
 * for a warning or failure the fix. Never contains a secret.
 *
 * <pre>{@code
 * store.diagnose().stream()
 *      .filter(c -> c.outcome() != DoctorCheck.Outcome.OK)
 *      .forEach(c -> System.out.println(c.name() + ": " + c.detail() + " -> " + c.fix()));
 * }</pre>
 */
public record DoctorCheck(String name, Outcome outcome, String detail, String fix) {
    /** How a check went. */
    public enum Outcome { OK, WARN, FAIL }

    public DoctorCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        detail = detail == null ? "" : detail;
        fix = fix == null ? "" : fix;
    }

    public static DoctorCheck ok(String name, String detail) {
        return new DoctorCheck(name, Outcome.OK, detail, "");
    }

    public static DoctorCheck warn(String name, String detail, String fix) {
        return new DoctorCheck(name, Outcome.WARN, detail, fix);
    }

    public static DoctorCheck fail(String name, String detail, String fix) {
        return new DoctorCheck(name, Outcome.FAIL, detail, fix);
    }
}
