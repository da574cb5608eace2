package io.agentstore.bench;

import java.time.Instant;

/** A message as both sides receive it: built before the clock starts, so neither side pays for making it. */
record BenchMessage(String id, String role, String contentJson, Instant createdAt) {
}
