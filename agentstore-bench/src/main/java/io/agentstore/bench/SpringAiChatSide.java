package io.agentstore.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.ai.chat.memory.repository.jdbc.JdbcChatMemoryRepository;
import org.springframework.ai.chat.memory.repository.jdbc.PostgresChatMemoryRepositoryDialect;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The Spring AI side of {@code chatWindow500}: {@code JdbcChatMemoryRepository} (PostgreSQL
 * dialect, over a {@code JdbcTemplate} on a HikariCP pool as Spring Boot gives one) behind
 * {@code MessageWindowChatMemory.maxMessages(20)}, called as {@code MessageChatMemoryAdvisor}
 * calls it: {@code get}, {@code add(user)}, {@code add([assistant])}.
 *
 * <p>Its table {@code SPRING_AI_CHAT_MEMORY} is created from the schema file shipped in Spring
 * AI's jar, in a throw-away schema of the same database that {@link #close()} drops. Loaded by
 * name from {@link ChatWindowWorkload} only when Spring AI is on the classpath.
 */
final class SpringAiChatSide implements ChatWindowWorkload.ChatSide {
    private static final String SCHEMA_FILE = "/org/springframework/ai/chat/memory/repository/jdbc/schema-postgresql.sql";
    private final PostgresJdbcSql pg;
    private final String schema;
    private final HikariDataSource pool;
    private final ChatMemory chatMemory;
    private int conversations;

    /** Creates the throw-away schema and table, the pool and the chat memory (untimed). */
    SpringAiChatSide(PostgresJdbcSql pg, String runTag) {
        this.pg = pg;
        this.schema = "agentstore_bench_springai_" + runTag;
        execute("CREATE SCHEMA " + JdbcSql.quote(schema));
        try {
            HikariConfig hc = new HikariConfig();
            hc.setJdbcUrl(pg.jdbcUrl());
            Properties props = pg.driverProperties();
            props.setProperty("ApplicationName", "agentstore-bench-springai");
            hc.setDataSourceProperties(props);
            hc.setSchema(schema); // Spring AI's SQL names its table unqualified
            hc.setMaximumPoolSize(pg.maxConnections()); // as many connections as AgentStore's pool
            hc.setPoolName("agentstore-bench-springai");
            this.pool = new HikariDataSource(hc);
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            for (String statement : schemaStatements()) {
                jdbc.execute(statement);
            }
            JdbcChatMemoryRepository repository = JdbcChatMemoryRepository.builder()
                    .jdbcTemplate(jdbc)
                    .dialect(new PostgresChatMemoryRepositoryDialect())
                    .build();
            this.chatMemory = MessageWindowChatMemory.builder()
                    .chatMemoryRepository(repository)
                    .maxMessages(ChatWindowWorkload.WINDOW)
                    .build();
        } catch (RuntimeException e) {
            execute("DROP SCHEMA IF EXISTS " + JdbcSql.quote(schema) + " CASCADE");
            throw e;
        }
    }

    @Override
    public String label() {
        return "springai";
    }

    @Override
    public ChatWindowWorkload.Conversation open(List<String> userTexts, List<String> assistantTexts) {
        // SPRING_AI_CHAT_MEMORY.conversation_id is VARCHAR(36)
        String id = "bench-chat-" + (++conversations);
        List<Message> users = new ArrayList<>(userTexts.size());
        List<List<Message>> assistants = new ArrayList<>(assistantTexts.size());
        for (int i = 0; i < userTexts.size(); i++) {
            users.add(UserMessage.builder().text(userTexts.get(i)).build());
            // the advisor adds the response's generations as a list
            assistants.add(List.of(AssistantMessage.builder().content(assistantTexts.get(i)).build()));
        }
        return new ChatWindowWorkload.Conversation() {
            @Override
            public int window() {
                return chatMemory.get(id).size();
            }

            @Override
            public void saveUser(int turn) {
                chatMemory.add(id, users.get(turn));
            }

            @Override
            public void saveAssistant(int turn) {
                chatMemory.add(id, assistants.get(turn));
            }

            @Override
            public List<String> windowTexts() {
                return chatMemory.get(id).stream().map(Message::getText).toList();
            }
        };
    }

    /** The statements of Spring AI's own PostgreSQL schema file. */
    private static List<String> schemaStatements() {
        try (InputStream in = JdbcChatMemoryRepository.class.getResourceAsStream(SCHEMA_FILE)) {
            if (in == null) {
                throw new IllegalStateException("Spring AI's " + SCHEMA_FILE + " is not on the classpath");
            }
            List<String> out = new ArrayList<>();
            for (String s : new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One statement on a connection of its own, outside the pool (schema create and drop). */
    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.driverProperties()); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            pool.close();
        } finally {
            execute("DROP SCHEMA IF EXISTS " + JdbcSql.quote(schema) + " CASCADE");
        }
    }
}
