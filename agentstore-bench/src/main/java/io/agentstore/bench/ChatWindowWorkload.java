package io.agentstore.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.agentstore.memory.MemoryStore;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.memory.MessageQuery;

/**
 * {@code chatWindow500}: one conversation of {@value #TURNS} turns, each turn reading the
 * {@value #WINDOW}-message window that goes to the model, then saving the user message and the
 * assistant message, against AgentStore and against Spring AI's {@code JdbcChatMemoryRepository}
 * behind {@code MessageWindowChatMemory} on the same PostgreSQL (issue 3, point 3).
 *
 * <p>The calls per turn follow Spring AI's {@code MessageChatMemoryAdvisor}: {@code get} before
 * the model call, {@code add(user)} before it too, {@code add(assistant)} after it. AgentStore does
 * the same three steps: {@code listMessages(last(20))}, {@code saveMessages([user])},
 * {@code saveMessages([assistant])}, so that on both sides the user message is stored before the
 * model is called. After an untimed warm-up conversation per side, the two measured
 * conversations advance turn by turn in alternation, so that load on the machine hits both alike;
 * turns per second are therefore {@value #TURNS} over the sum of that side's turn times.
 */
final class ChatWindowWorkload {
    static final String NAME = "chatWindow500";
    static final int TURNS = 500;
    static final int WINDOW = 20;
    private static final String SPRING_AI_SIDE = "io.agentstore.bench.SpringAiChatSide";
    private static final String SPRING_AI_PROBE = "org.springframework.ai.chat.memory.repository.jdbc.JdbcChatMemoryRepository";

    /** One way of keeping chat memory; {@link #open} starts a conversation whose texts are known up front. */
    interface ChatSide extends AutoCloseable {
        String label();

        /** Starts a conversation (untimed) and builds all its message objects, so that no turn pays for making them. */
        Conversation open(List<String> userTexts, List<String> assistantTexts);

        @Override
        void close();
    }

    /** The three memory calls of one chat turn. */
    interface Conversation {
        /** Reads the window that would go to the model; returns its size. */
        int window();

        void saveUser(int turn);

        void saveAssistant(int turn);

        /** The texts of the window, oldest first (checked once after the measured pass, untimed). */
        List<String> windowTexts();
    }

    /** AgentStore and, when available, Spring AI results; {@code note} says why Spring AI did not run (null when it did). */
    record Result(Measurement agentstore, Measurement springAi, String note) {
    }

    private ChatWindowWorkload() {
    }

    /** Whether Spring AI's JDBC chat memory is on the classpath (it is in the bench module, not in the CLI jar). */
    static boolean springAiAvailable() {
        try {
            Class.forName(SPRING_AI_PROBE, false, ChatWindowWorkload.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static Result run(MemoryStore memory, PostgresJdbcSql pg, String runTag, Consumer<String> progress) {
        String note = null;
        ChatSide spring = null;
        if (!springAiAvailable()) {
            note = "Spring AI is not on the classpath (it is kept out of the CLI jar): AgentStore side only. For both sides run "
                    + BenchMain.HOW_TO_RUN;
        } else {
            spring = springAiSide(pg, runTag);
        }
        try (ChatSide as = new AgentStoreSide(memory, runTag); ChatSide sa = spring) {
            List<ChatSide> sides = sa == null ? List.of(as) : List.of(as, sa);
            for (ChatSide side : sides) { // warm-up: a whole conversation per side, untimed
                long start = System.nanoTime();
                pass(List.of(side.open(texts("user"), texts("assistant"))), side.label());
                progress.accept(String.format("%-20s %-10s warm-up in %.1f s", NAME, side.label(), (System.nanoTime() - start) / 1e9));
            }
            List<Conversation> convs = new ArrayList<>();
            for (ChatSide side : sides) {
                convs.add(side.open(texts("user"), texts("assistant")));
            }
            long start = System.nanoTime();
            List<Timings> t = pass(convs, "measured");
            progress.accept(String.format("%-20s %-10s done in %.1f s", NAME, String.join("+", sides.stream().map(ChatSide::label).toList()),
                    (System.nanoTime() - start) / 1e9));
            checkLastWindow(sides, convs);
            return new Result(t.get(0).measurement(), sa == null ? null : t.get(1).measurement(), note);
        }
    }

    /** Builds the Spring AI side by name, so that nothing here links against Spring classes when they are absent. */
    private static ChatSide springAiSide(PostgresJdbcSql pg, String runTag) {
        try {
            return (ChatSide) Class.forName(SPRING_AI_SIDE).getDeclaredConstructor(PostgresJdbcSql.class, String.class).newInstance(pg, runTag);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("could not start Spring AI's chat memory: " + cause, cause);
        }
    }

    /** Distinct texts per turn: MessageWindowChatMemory drops a new message equal to one already in memory. */
    static List<String> texts(String role) {
        List<String> out = new ArrayList<>(TURNS);
        for (int i = 0; i < TURNS; i++) {
            // same length as the other workloads' text (235 characters), the turn number in front
            out.add((String.format("Turn %03d %s: ", i, role) + Fixtures.TEXT).substring(0, Fixtures.TEXT.length()));
        }
        return out;
    }

    /** Both sides must end with the same window: the last {@value #WINDOW} messages, oldest first. */
    private static void checkLastWindow(List<ChatSide> sides, List<Conversation> convs) {
        List<String> users = texts("user");
        List<String> assistants = texts("assistant");
        List<String> expected = new ArrayList<>();
        for (int turn = TURNS - WINDOW / 2; turn < TURNS; turn++) {
            expected.add(users.get(turn));
            expected.add(assistants.get(turn));
        }
        for (int c = 0; c < convs.size(); c++) {
            List<String> got = convs.get(c).windowTexts();
            if (!got.equals(expected)) {
                throw new IllegalStateException(sides.get(c).label() + " ended with a window other than the last " + WINDOW + " messages: " + got);
            }
        }
    }

    /** All turns of the given conversations, turn by turn in alternation; one timing set per conversation. */
    private static List<Timings> pass(List<Conversation> convs, String what) {
        List<Timings> out = convs.stream().map(c -> new Timings()).toList();
        for (int turn = 0; turn < TURNS; turn++) {
            int expected = Math.min(WINDOW, 2 * turn);
            for (int c = 0; c < convs.size(); c++) {
                Conversation conv = convs.get(c);
                Timings t = out.get(c);
                long s0 = System.nanoTime();
                int n = conv.window();
                long s1 = System.nanoTime();
                conv.saveUser(turn);
                conv.saveAssistant(turn);
                long s2 = System.nanoTime();
                t.turn.add(s2 - s0);
                t.window.add(s1 - s0);
                t.saves.add(s2 - s1);
                t.totalNanos += s2 - s0;
                if (n != expected) {
                    throw new IllegalStateException(what + " conversation " + c + " read a window of " + n + " messages at turn " + turn
                            + " instead of " + expected);
                }
            }
        }
        return out;
    }

    private static final class Timings {
        final Latencies turn = new Latencies(TURNS);
        final Latencies window = new Latencies(TURNS);
        final Latencies saves = new Latencies(TURNS);
        long totalNanos;

        Measurement measurement() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("turnsPerSec", TURNS / (totalNanos / 1e9));
            m.put("p50", turn.percentileMs(50));
            m.put("p99", turn.percentileMs(99));
            m.put("windowP50", window.percentileMs(50));
            m.put("savesP50", saves.percentileMs(50));
            return new Measurement(NAME, m);
        }
    }

    /** AgentStore through its public memory API, as an agent calls it around a model call. */
    private static final class AgentStoreSide implements ChatSide {
        private final MemoryStore memory;
        private final String runTag;
        private int conversations;

        AgentStoreSide(MemoryStore memory, String runTag) {
            this.memory = memory;
            this.runTag = runTag;
        }

        @Override
        public String label() {
            return "agentstore";
        }

        @Override
        public Conversation open(List<String> userTexts, List<String> assistantTexts) {
            String prefix = "bench-" + runTag + "-chat-";
            String threadId = prefix + "thread-" + (++conversations);
            String resourceId = prefix + "resource";
            Instant start = Instant.now();
            memory.saveThread(new MemoryThread(threadId, resourceId, "Chat window", Map.of(), start, start));
            List<Message> users = new ArrayList<>(TURNS);
            List<Message> assistants = new ArrayList<>(TURNS);
            for (int i = 0; i < TURNS; i++) {
                users.add(message(threadId, resourceId, "user", userTexts.get(i), start.plusMillis(2L * i)));
                assistants.add(message(threadId, resourceId, "assistant", assistantTexts.get(i), start.plusMillis(2L * i + 1)));
            }
            MessageQuery window = MessageQuery.thread(threadId).last(WINDOW);
            return new Conversation() {
                @Override
                public int window() {
                    return memory.listMessages(window).items().size();
                }

                @Override
                public void saveUser(int turn) {
                    memory.saveMessages(List.of(users.get(turn)));
                }

                @Override
                public void saveAssistant(int turn) {
                    memory.saveMessages(List.of(assistants.get(turn)));
                }

                @Override
                public List<String> windowTexts() {
                    return memory.listMessages(window).items().stream().map(Message::text).toList();
                }
            };
        }

        private static Message message(String threadId, String resourceId, String role, String text, Instant at) {
            return new Message(UUID.randomUUID().toString(), threadId, resourceId, role, Message.TYPE_V2, MessageContent.ofText(text), at);
        }

        @Override
        public void close() {
            // the store belongs to the caller
        }
    }
}
