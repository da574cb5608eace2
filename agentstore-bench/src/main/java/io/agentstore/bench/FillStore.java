package io.agentstore.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.agentstore.AgentStore;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.spi.MemoryTransfer;

/**
 * Fills a store with many messages quickly (bulk puts), as the source of the copy measurement in
 * {@code docs/performance.md}: {@code THREADS} threads of {@code PER_THREAD} messages of about
 * 230 characters of text each (the DESIGN §8 message size).
 *
 * <pre>{@code
 * java -cp agentstore-cli/target/agentstore.jar io.agentstore.bench.FillStore file:./copy-src.db 1000 1000
 * }</pre>
 */
public final class FillStore {
    private FillStore() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: FillStore URL THREADS PER_THREAD");
            System.exit(2);
        }
        int threads = Integer.parseInt(args[1]);
        int perThread = Integer.parseInt(args[2]);
        String text = "The parcel left the warehouse on Tuesday and is now with the regional carrier; tracking shows it in transit to "
                + "the local depot, with delivery expected within two working days. I will keep an eye on it and let you know if anything changes.";
        long started = System.nanoTime();
        try (AgentStore store = AgentStore.open(args[0])) {
            store.init();
            MemoryTransfer t = store.memoryTransfer();
            Instant base = Instant.parse("2025-01-01T00:00:00Z");
            List<MemoryThread> ths = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                ths.add(new MemoryThread(String.format("copy-t%06d", i), "user-" + (i % 1000), "Thread " + i, Map.of("n", i), base,
                        base.plusSeconds(i)));
                if (ths.size() == 5000) {
                    t.putThreads(ths);
                    ths.clear();
                }
            }
            t.putThreads(ths);
            List<Message> batch = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                for (int j = 0; j < perThread; j++) {
                    batch.add(new Message(String.format("copy-m%06d-%06d", i, j), String.format("copy-t%06d", i), "user-" + (i % 1000),
                            j % 2 == 0 ? Message.USER : Message.ASSISTANT, Message.TYPE_V2, MessageContent.ofText(text), base.plusMillis(j)));
                    if (batch.size() == 5000) {
                        t.putMessages(batch);
                        batch.clear();
                    }
                }
            }
            t.putMessages(batch);
        }
        System.err.printf("filled %s: %d threads, %d messages in %.1f s%n", io.agentstore.config.Secrets.maskUrl(args[0]), threads,
                (long) threads * perThread, (System.nanoTime() - started) / 1e9);
    }
}
