package io.agentstore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.agentstore.admin.DoctorCheck;
import io.agentstore.admin.MigrationPlan;
import io.agentstore.config.EnvConfig;
import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.memory.MemoryStore;
import io.agentstore.spi.Backend;
import io.agentstore.spi.BackendProvider;
import io.agentstore.spi.MemoryTransfer;
import io.agentstore.spi.WorkflowTransfer;
import io.agentstore.workflow.WorkflowStore;

/**
 * The entry point: durable memory and workflow state for agents over one database, or one
 * per domain. Open it with a URL ({@code file:./agentstore.db}, {@code postgresql://…},
 * {@code memory:}), from the environment, or with the builder; call {@link #init()} once at
 * startup (idempotent); close it at shutdown. Thread-safe.
 *
 * <pre>{@code
 * try (AgentStore store = AgentStore.open("file:./agentstore.db")) {
 *     store.init();
 *     MemoryStore memory = store.memory();
 *     memory.saveThread(MemoryThread.of("t1", "user-42", "Support chat"));
 *     memory.saveMessages(List.of(Message.user("m1", "t1", "user-42", "Where is my order?")));
 *     Page<Message> last = memory.listMessages(MessageQuery.thread("t1").last(40));
 * }
 * }</pre>
 */
public final class AgentStore implements AutoCloseable {
    private final Backend memoryBackend;
    private final Backend workflowsBackend;
    private final List<Backend> backends;
    /** The masked URL each of {@link #backends} was opened with, in the same order. */
    private final List<String> maskedUrls;
    private volatile MemoryStore memory;
    private volatile WorkflowStore workflows;
    private volatile MemoryTransfer memoryTransfer;
    private volatile WorkflowTransfer workflowTransfer;

    private AgentStore(Backend memoryBackend, Backend workflowsBackend, Map<String, Backend> byUrl) {
        this.memoryBackend = memoryBackend;
        this.workflowsBackend = workflowsBackend;
        this.backends = List.copyOf(byUrl.values());
        this.maskedUrls = byUrl.keySet().stream().map(io.agentstore.config.Secrets::maskUrl).toList();
    }

    /** Opens the store at {@code url} with default options (URL parameters still apply). */
    public static AgentStore open(String url) {
        return builder().url(url).build();
    }

    public static AgentStore open(String url, StoreOptions options) {
        return builder().url(url).options(options).build();
    }

    /** Opens the store the environment names: see {@link EnvConfig} for the rules. */
    public static AgentStore fromEnv() {
        return fromEnv(System.getenv());
    }

    /** As {@link #fromEnv()}, reading the given variables instead of the process environment. */
    public static AgentStore fromEnv(Map<String, String> env) {
        EnvConfig cfg = resolveEnv(env);
        Builder b = builder().url(cfg.url());
        if (cfg.authToken() != null) {
            b.options(StoreOptions.builder().authToken(cfg.authToken()).build());
        }
        cfg.domainUrls().forEach((domain, url) -> {
            if (domain.equals("memory")) {
                b.memory(url);
            } else if (domain.equals("workflows")) {
                b.workflows(url);
            }
        });
        return b.build();
    }

    /** The configuration {@link #fromEnv(Map)} would use, without opening anything. */
    public static EnvConfig resolveEnv(Map<String, String> env) {
        return EnvConfig.resolve(env, BackendRegistry.engines());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Creates or migrates every backend's schema; idempotent, safe from several processes at once. */
    public void init() {
        backends.forEach(Backend::init);
    }

    /** Threads, messages and resources. */
    public MemoryStore memory() {
        MemoryStore m = memory;
        if (m == null) {
            memory = m = new ValidatingMemoryStore(memoryBackend.memory());
        }
        return m;
    }

    /** Workflow run snapshots. */
    public WorkflowStore workflows() {
        WorkflowStore w = workflows;
        if (w == null) {
            workflows = w = new ValidatingWorkflowStore(workflowsBackend.workflows());
        }
        return w;
    }

    /**
     * Bulk scans, exact upserts and retention of the memory domain, for moving data between
     * stores (what {@code agentstore copy}, {@code backup}, {@code restore} and {@code prune} use).
     * Puts are validated like {@link #memory()}'s writes.
     *
     * <pre>{@code
     * List<MemoryThread> first = store.memoryTransfer().scanThreads(null, 1000);
     * }</pre>
     *
     * @throws io.agentstore.error.UnsupportedDomainException when the memory backend does not offer it
     */
    public MemoryTransfer memoryTransfer() {
        MemoryTransfer t = memoryTransfer;
        if (t == null) {
            memoryTransfer = t = ValidatingTransfer.memory(memoryBackend.memoryTransfer());
        }
        return t;
    }

    /** As {@link #memoryTransfer()}, for the workflows domain (which may live in another backend). */
    public WorkflowTransfer workflowTransfer() {
        WorkflowTransfer t = workflowTransfer;
        if (t == null) {
            workflowTransfer = t = ValidatingTransfer.workflows(workflowsBackend.workflowTransfer());
        }
        return t;
    }

    /**
     * One status per distinct backend (one unless domains are routed to their own databases);
     * its {@code domains} detail says which domains it serves.
     */
    public List<StoreStatus> status() {
        return backends.stream().map(b -> {
            StoreStatus s = b.status();
            Map<String, String> details = new LinkedHashMap<>(s.details());
            List<String> domains = new ArrayList<>();
            if (b == memoryBackend) {
                domains.add("memory");
            }
            if (b == workflowsBackend) {
                domains.add("workflows");
            }
            details.put("domains", String.join(", ", domains));
            return new StoreStatus(s.backend(), s.url(), s.serverVersion(), s.schemaVersion(), s.pendingMigrations(), s.rowCounts(), details);
        }).toList();
    }

    /** What {@link #init()} would apply to each backend, without applying it ({@code agentstore migrate --dry-run}). */
    public List<MigrationPlan> migrationPlan() {
        List<MigrationPlan> plans = new ArrayList<>();
        for (int i = 0; i < backends.size(); i++) {
            // Not status(): it counts every table's rows, which a dry run has no need of.
            plans.add(new MigrationPlan(backends.get(i).name(), maskedUrls.get(i), backends.get(i).pendingMigrationSteps()));
        }
        return plans;
    }

    /** Each backend's health checks ({@code agentstore doctor}); see {@link Backend#diagnose()}. */
    public List<DoctorCheck> diagnose() {
        List<DoctorCheck> out = new ArrayList<>();
        for (Backend b : backends) {
            for (DoctorCheck c : b.diagnose()) {
                // With a database per domain, say which one each finding is about.
                out.add(backends.size() == 1 ? c : new DoctorCheck(b.name() + " " + c.name(), c.outcome(), c.detail(), c.fix()));
            }
        }
        return out;
    }

    /**
     * Creates the database {@code url} names when it does not exist and the login may create it;
     * returns false when it existed ({@code agentstore migrate --create}).
     */
    public static boolean createDatabase(String url, StoreOptions options) {
        StoreUrl parsed = StoreUrl.parse(url);
        return BackendRegistry.forScheme(parsed.scheme()).createDatabase(parsed, options);
    }

    /** The checks of {@code url}'s backend that must come before opening it (see {@link BackendProvider#preflight}). */
    public static List<DoctorCheck> preflight(String url, StoreOptions options) {
        StoreUrl parsed = StoreUrl.parse(url);
        return BackendRegistry.forScheme(parsed.scheme()).preflight(parsed, options);
    }

    /** The backend names, e.g. {@code [postgres]}. */
    public List<String> backendNames() {
        return backends.stream().map(Backend::name).toList();
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (Backend b : backends) {
            try {
                b.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * Builds an {@link AgentStore}: one URL for every domain, or a URL per domain (a domain
     * without its own URL uses {@link #url(String)}). Backends with the same URL are shared.
     *
     * <pre>{@code
     * AgentStore store = AgentStore.builder()
     *     .memory("postgresql://app@db/memory")
     *     .workflows("file:./workflows.db")
     *     .options(StoreOptions.builder().poolMax(20).build())
     *     .build();
     * }</pre>
     */
    public static final class Builder {
        private String url;
        private String memoryUrl;
        private String workflowsUrl;
        private StoreOptions options = StoreOptions.defaults();

        public Builder url(String v) { url = v; return this; }
        public Builder memory(String v) { memoryUrl = v; return this; }
        public Builder workflows(String v) { workflowsUrl = v; return this; }
        public Builder options(StoreOptions v) { options = Objects.requireNonNull(v, "options"); return this; }

        public AgentStore build() {
            String base = url != null ? url : (memoryUrl != null && workflowsUrl != null ? null : EnvConfig.DEFAULT_URL);
            String mUrl = memoryUrl != null ? memoryUrl : base;
            String wUrl = workflowsUrl != null ? workflowsUrl : base;
            Map<String, Backend> opened = new LinkedHashMap<>();
            try {
                Backend m = openOnce(opened, mUrl);
                Backend w = openOnce(opened, wUrl);
                return new AgentStore(m, w, opened);
            } catch (RuntimeException e) {
                opened.values().forEach(b -> {
                    try {
                        b.close();
                    } catch (RuntimeException ignored) {
                        // already failing; the first error is the one to report
                    }
                });
                throw e;
            }
        }

        private Backend openOnce(Map<String, Backend> opened, String u) {
            Backend b = opened.get(u);
            if (b == null) {
                StoreUrl parsed = StoreUrl.parse(u);
                BackendProvider p = BackendRegistry.forScheme(parsed.scheme());
                b = p.open(parsed, options);
                opened.put(u, b);
            }
            return b;
        }
    }
}
