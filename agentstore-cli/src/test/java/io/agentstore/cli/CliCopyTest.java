package io.agentstore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.AgentStore;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;

/** {@code copy} between SQLite files and the in-memory store: exact, idempotent, verified, usage errors. */
class CliCopyTest {
    @TempDir
    Path dir;

    private String file(String name) {
        return "file:" + dir.resolve(name);
    }

    private Path checkpoint() {
        return dir.resolve("cp.json");
    }

    @Test
    void copiesEverythingExactlyVerifiesAndRerunsIdempotently() {
        String from = file("a.db");
        String to = file("b.db");
        int messages;
        try (AgentStore s = AgentStore.open(from)) {
            messages = TransferFixtures.fillHostile(s);
        }
        Cli.Result r = Cli.run("copy", "--from", from, "--to", to, "--batch", "2", "--checkpoint", checkpoint().toString(), "--json");
        assertEquals(0, r.exit(), r::toString);
        JsonNode doc = r.json();
        assertEquals(messages, doc.get("copied").get("messages").asInt());
        assertEquals(3, doc.get("copied").get("resources").asInt());
        assertEquals(4, doc.get("copied").get("threads").asInt());
        assertEquals(3, doc.get("copied").get("runs").asInt());
        assertTrue(doc.get("verification").get("ok").asBoolean(), r::toString);
        assertEquals(4, doc.get("verification").get("threadsChecked").asInt());
        assertEquals(messages, doc.get("verification").get("counts").get("messages").get("target").asInt());
        assertFalse(Files.exists(checkpoint()), "a finished copy removes its checkpoint");
        Map<String, String> source = TransferFixtures.dump(from);
        assertEquals(source, TransferFixtures.dump(to), "the target holds exactly the source's rows, content byte for byte");

        Cli.Result again = Cli.run("copy", "--from", from, "--to", to, "--checkpoint", checkpoint().toString());
        assertEquals(0, again.exit(), again::toString);
        assertTrue(again.out().contains("Verified: the target matches the source"), again::toString);
        assertEquals(source, TransferFixtures.dump(to), "running the copy again changes nothing");
    }

    @Test
    void copyIntoMemoryAndBackAndDomainsSelection() {
        String from = file("a.db");
        try (AgentStore s = AgentStore.open(from)) {
            TransferFixtures.fillHostile(s);
        }
        Cli.Result r = Cli.run("copy", "--from", from, "--to", "memory:copy-test-1", "--domains", "workflows", "--checkpoint", checkpoint().toString(), "--json");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(3, r.json().get("copied").get("runs").asInt());
        assertEquals(0, r.json().get("copied").get("messages").asInt());
        try (AgentStore m = AgentStore.open("memory:copy-test-1")) {
            assertTrue(m.memoryTransfer().scanThreads(null, 1).isEmpty(), "--domains workflows copies no thread");
            assertEquals(3, m.workflowTransfer().scanRuns(null, null, 10).size());
        }
        Cli.Result all = Cli.run("copy", "--from", from, "--to", "memory:copy-test-2", "--checkpoint", checkpoint().toString());
        assertEquals(0, all.exit(), all::toString);
        Cli.Result back = Cli.run("copy", "--from", "memory:copy-test-2", "--to", file("c.db"), "--checkpoint", checkpoint().toString());
        assertEquals(0, back.exit(), back::toString);
        assertEquals(TransferFixtures.dump(from), TransferFixtures.dump(file("c.db")));
    }

    @Test
    void aTargetThatDiffersAfterTheCopyFailsLoudlyNamingTheThread() {
        String from = file("a.db");
        String to = file("b.db");
        try (AgentStore s = AgentStore.open(from)) {
            TransferFixtures.fillHostile(s);
        }
        try (AgentStore t = AgentStore.open(to)) {
            t.init();
            // the target already holds a message the source does not have, in a thread the source has
            t.memoryTransfer().putMessages(List.of(new Message("zz-extra", "thread-2-émoji😀", "res-2", Message.USER, Message.TYPE_V2,
                    MessageContent.ofText("only in the target"), TransferFixtures.BASE)));
        }
        Cli.Result r = Cli.run("copy", "--from", from, "--to", to, "--checkpoint", checkpoint().toString(), "--json");
        assertEquals(AgentStoreCli.EXIT_DIFFERENT, r.exit(), r::toString);
        JsonNode v = r.json().get("verification");
        assertFalse(v.get("ok").asBoolean());
        assertEquals("VERIFICATION_FAILED", r.json().get("error").get("code").asText());
        String diffs = v.get("differences").toString();
        assertTrue(diffs.contains("messages: the source has 27, the target 28"), diffs);
        assertTrue(diffs.contains("thread thread-2-émoji😀: its messages differ (source 6 messages"), diffs);
        assertTrue(r.err().contains("VERIFICATION FAILED"), r::toString);
        assertTrue(r.err().contains("thread thread-2-émoji😀"), r::toString);
    }

    @Test
    void usageErrorsNameTheOption() {
        Cli.Result same = Cli.run("copy", "--from", file("a.db"), "--to", file("a.db"));
        assertEquals(2, same.exit(), same::toString);
        assertTrue(same.err().contains("--from and --to are the same store"), same::toString);
        Cli.Result domains = Cli.run("copy", "--from", file("a.db"), "--to", file("b.db"), "--domains", "memory,scores");
        assertEquals(2, domains.exit(), domains::toString);
        assertTrue(domains.err().contains("unknown domain 'scores' in --domains; valid: memory, workflows"), domains::toString);
        Cli.Result batch = Cli.run("copy", "--from", file("a.db"), "--to", file("b.db"), "--batch", "0");
        assertEquals(2, batch.exit(), batch::toString);
        assertTrue(batch.err().contains("--batch must be between 1 and 10000"), batch::toString);
        Cli.Result missing = Cli.run("copy", "--from", file("a.db"));
        assertEquals(2, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("--to"), missing::toString);
    }

    @Test
    void resumeRefusesACheckpointOfAnotherCopy() throws Exception {
        String from = file("a.db");
        try (AgentStore s = AgentStore.open(from)) {
            TransferFixtures.fillHostile(s);
        }
        Files.writeString(checkpoint(), "{\"kind\":\"agentstore-copy-checkpoint\",\"version\":1,\"from\":\"file:x.db\",\"to\":\"file:y.db\","
                + "\"fingerprint\":\"0000\",\"domains\":[\"memory\",\"workflows\"],\"phases\":{}}");
        Cli.Result r = Cli.run("copy", "--from", from, "--to", file("b.db"), "--resume", "--checkpoint", checkpoint().toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("is of a copy from file:x.db to file:y.db, not of this one"), r::toString);
        assertTrue(r.err().contains("hint: resume with the same --from and --to"), r::toString);
    }

    @Test
    void passwordsAreMaskedInOutputAndCheckpoint() throws Exception {
        String from = file("a.db");
        try (AgentStore s = AgentStore.open(from)) {
            TransferFixtures.fillHostile(s);
        }
        // an unreachable PostgreSQL target with a password: the error must not show it
        Cli.Result r = Cli.run("copy", "--from", from, "--to", "postgresql://app:s3cretPw@127.0.0.1:1/app", "--checkpoint", checkpoint().toString());
        assertEquals(1, r.exit(), r::toString);
        assertFalse(r.all().contains("s3cretPw"), r::toString);
    }
}
