PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE mastra_scorers (
  "id" TEXT NOT NULL PRIMARY KEY,
  "scorerId" TEXT,
  "traceId" TEXT,
  "spanId" TEXT,
  "runId" TEXT,
  "scorer" TEXT,
  "preprocessStepResult" TEXT,
  "extractStepResult" TEXT,
  "analyzeStepResult" TEXT,
  "score" REAL,
  "reason" TEXT,
  "metadata" TEXT,
  "preprocessPrompt" TEXT,
  "extractPrompt" TEXT,
  "generateScorePrompt" TEXT,
  "generateReasonPrompt" TEXT,
  "analyzePrompt" TEXT,
  "reasonPrompt" TEXT,
  "input" TEXT,
  "output" TEXT,
  "additionalContext" TEXT,
  "requestContext" TEXT,
  "entityType" TEXT,
  "entity" TEXT,
  "entityId" TEXT,
  "source" TEXT,
  "resourceId" TEXT,
  "threadId" TEXT,
  "organizationId" TEXT,
  "projectId" TEXT,
  "batchId" TEXT,
  "datasetId" TEXT,
  "datasetItemId" TEXT,
  "createdAt" TEXT,
  "updatedAt" TEXT
);
CREATE TABLE mastra_workflow_snapshot (
  "workflow_name" TEXT,
  "run_id" TEXT,
  "resourceId" TEXT,
  "snapshot" TEXT,
  "createdAt" TEXT,
  "updatedAt" TEXT,
  UNIQUE (workflow_name, run_id)
);
INSERT INTO mastra_workflow_snapshot VALUES('refund-approval','mastra-run-refund-1','mastra-user-2',X'dc02175772756e4964c7136d61737472612d72756e2d726566756e642d31677374617475739773757370656e6465645776616c75650c77636f6e74657874ccd357696e707574cc18776f72646572496437422d3767616d6f756e744534392e39c70c61736b2d617070726f76616ccca3777061796c6f6164cc18776f72646572496437422d3767616d6f756e744534392e3997737461727465644174c30d31373935333133343836393932677374617475739773757370656e646564c70e73757370656e645061796c6f6164cc2a67726561736f6ec721726566756e64206f662034392e3920455552206e6565647320617070726f76616cb773757370656e6465644174c30d31373935333133343836393935b761637469766550617468732b1330c71173746570457865637574696f6e50617468cb0ec70c61736b2d617070726f76616cc70f6163746976655374657073506174680cc71373657269616c697a6564537465704772617068cb30cc2e477479706547737465704773746570cc1d276964c70c61736b2d617070726f76616ca763616e53757370656e6401c70e73757370656e6465645061746873cc11c70c61736b2d617070726f76616c2b1330c70c77616974696e6750617468730cc70c726573756d654c6162656c730cc70e72657175657374436f6e746578740c9774696d657374616d70c30d31373935333133343836393936c70e74726163696e67436f6e746578740c','2026-11-22T02:11:26.989Z','2026-11-22T02:11:26.996Z');
INSERT INTO mastra_workflow_snapshot VALUES('order-lookup','mastra-run-lookup-1','mastra-user-1',X'dc02cf5772756e4964c7136d61737472612d72756e2d6c6f6f6b75702d316773746174757377737563636573735776616c75650c77636f6e74657874dc014857696e707574cc0f776f72646572496467412d31303031b766657463682d6f72646572cc7f777061796c6f6164cc0f776f72646572496467412d3130303197737461727465644174c30d31373935333133343836393937677374617475737773756363657373676f7574707574cc1e776f72646572496467412d3130303167737461747573777368697070656477656e6465644174c30d31373935333133343836393937c70c666f726d61742d7265706c79cc94777061796c6f6164cc1e776f72646572496467412d3130303167737461747573777368697070656497737461727465644174c30d31373935333133343836393938677374617475737773756363657373676f7574707574cc24577265706c79c71c4f7264657220412d31303031206973207368697070656420f09f9a9a77656e6465644174c30d31373935333133343836393939b761637469766550617468732b1331c71173746570457865637574696f6e50617468cb1ab766657463682d6f72646572c70c666f726d61742d7265706c79c70f6163746976655374657073506174680cc71373657269616c697a6564537465704772617068cb5ecc2c477479706547737465704773746570cc1b276964b766657463682d6f72646572a763616e53757370656e6402cc2e477479706547737465704773746570cc1d276964c70c666f726d61742d7265706c79a763616e53757370656e6402c70e73757370656e64656450617468730cc70c77616974696e6750617468730cc70c726573756d654c6162656c730c67726573756c74cc24577265706c79c71c4f7264657220412d31303031206973207368697070656420f09f9a9ac70e72657175657374436f6e746578740c9774696d657374616d70c30d31373935333133343836393939','2026-11-22T02:11:26.996Z','2026-11-22T02:11:26.999Z');
CREATE TABLE mastra_workflow_definitions (
  "id" TEXT NOT NULL PRIMARY KEY,
  "description" TEXT,
  "metadata" TEXT,
  "inputSchema" TEXT NOT NULL,
  "outputSchema" TEXT NOT NULL,
  "stateSchema" TEXT,
  "requestContextSchema" TEXT,
  "graph" TEXT NOT NULL,
  "schedule" TEXT,
  "status" TEXT NOT NULL,
  "source" TEXT NOT NULL,
  "authorId" TEXT,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
CREATE TABLE mastra_threads (
  "id" TEXT NOT NULL PRIMARY KEY,
  "resourceId" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "metadata" TEXT,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
INSERT INTO mastra_threads VALUES('mastra-thread-1','mastra-user-1','Order status – where is my parcel? 📦',X'cc26776368616e6e656c37776562877072696f726974791332676c6162656c737b676f7264657273','2025-01-15T10:00:00.000Z','2026-11-22T02:11:26.984Z');
INSERT INTO mastra_threads VALUES('mastra-thread-2','mastra-user-2','Rückerstattung',X'cc0e776368616e6e656c57656d61696c','2025-01-16T08:00:00.250Z','2026-11-22T02:11:26.985Z');
INSERT INTO mastra_threads VALUES('mastra-thread-3','mastra-user-1','Thread without metadata',NULL,'2025-01-17T12:00:00.000Z','2025-01-17T12:00:00.000Z');
CREATE TABLE mastra_messages (
  "id" TEXT NOT NULL PRIMARY KEY,
  "thread_id" TEXT NOT NULL,
  "content" TEXT NOT NULL,
  "role" TEXT NOT NULL,
  "type" TEXT NOT NULL,
  "createdAt" TEXT NOT NULL,
  "resourceId" TEXT
);
INSERT INTO mastra_messages VALUES('mastra-msg-1-1','mastra-thread-1','{"format":2,"parts":[{"type":"text","text":"Where is my order A-1001?","createdAt":1736935201000}],"content":"Where is my order A-1001?"}','user','v2','2025-01-15T10:00:01.000Z','mastra-user-1');
INSERT INTO mastra_messages VALUES('mastra-msg-1-2','mastra-thread-1','{"format":2,"parts":[{"type":"step-start"},{"type":"reasoning","reasoning":"The user asks about an order; call lookupOrder.","details":[{"type":"text","text":"The user asks about an order; call lookupOrder."}]},{"type":"tool-invocation","toolInvocation":{"state":"result","step":0,"toolCallId":"call_lookup_1","toolName":"lookupOrder","args":{"orderId":"A-1001"},"result":{"status":"shipped","carrier":"DHL","eta":"2025-01-17"}}},{"type":"text","text":"Your order A-1001 has shipped with DHL and should arrive on 17 January."}],"toolInvocations":[{"state":"result","step":0,"toolCallId":"call_lookup_1","toolName":"lookupOrder","args":{"orderId":"A-1001"},"result":{"status":"shipped","carrier":"DHL","eta":"2025-01-17"}}],"content":"Your order A-1001 has shipped with DHL and should arrive on 17 January."}','assistant','v2','2025-01-15T10:00:03.456Z','mastra-user-1');
INSERT INTO mastra_messages VALUES('mastra-msg-1-3','mastra-thread-1','{"format":2,"parts":[{"type":"text","text":"Danke! 🙏 Ça marche — 日本語もOK 👍🏽 \"quotes\" \\ back\nslash"}],"content":"Danke! 🙏 Ça marche — 日本語もOK 👍🏽 \"quotes\" \\ back\nslash","metadata":{"client":"web","clientMessageId":"c-42"}}','user','v2','2025-01-15T10:01:00.000Z','mastra-user-1');
INSERT INTO mastra_messages VALUES('mastra-msg-1-4','mastra-thread-1','{"format":2,"parts":[{"type":"step-start"},{"type":"text","text":"You are welcome! 😊"}],"content":"You are welcome! 😊"}','assistant','v2','2025-01-15T10:01:02.000Z','mastra-user-1');
INSERT INTO mastra_messages VALUES('mastra-msg-2-1','mastra-thread-2','{"format":2,"parts":[{"type":"text","text":"Ich möchte eine Rückerstattung für Bestellung B-7."}],"content":"Ich möchte eine Rückerstattung für Bestellung B-7."}','user','v2','2025-01-16T08:00:01.000Z','mastra-user-2');
INSERT INTO mastra_messages VALUES('mastra-msg-2-2','mastra-thread-2','{"format":2,"parts":[{"type":"text","text":"Ich habe die Rückerstattung beantragt; sie muss noch genehmigt werden."}],"content":"Ich habe die Rückerstattung beantragt; sie muss noch genehmigt werden."}','assistant','v2','2025-01-16T08:00:05.000Z','mastra-user-2');
INSERT INTO mastra_messages VALUES('mastra-msg-2-3','mastra-thread-2','{"format":2,"parts":[{"type":"text","text":"Sie erhalten eine E-Mail, sobald sie genehmigt ist. ✉️"}],"content":"Sie erhalten eine E-Mail, sobald sie genehmigt ist. ✉️"}','assistant','v2','2025-01-16T08:00:05.000Z','mastra-user-2');
CREATE TABLE mastra_resources (
  "id" TEXT NOT NULL PRIMARY KEY,
  "workingMemory" TEXT,
  "metadata" TEXT,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
INSERT INTO mastra_resources VALUES('mastra-user-1',replace('# User Profile\n- Name: Ada Lovelace\n- Preferred contact: email\n- Timezone: Europe/London\n','\n',char(10)),X'cc2d47706c616e3770726f676c6f63616c6557656e2d474247746167739b3776697047626574615773656174731333','2025-01-15T09:00:00.000Z','2025-01-15T09:30:00.500Z');
INSERT INTO mastra_resources VALUES('mastra-user-2',replace('# Profil\n- Name: José Müller 🚀\n- Sprache: Deutsch\n','\n',char(10)),X'cc2847706c616e4766726565676c6f63616c655764652d4445676e65737465649c1761133117622b0100','2025-01-16T07:59:00.000Z','2025-01-16T07:59:00.000Z');
CREATE TABLE mastra_observational_memory (
  "id" TEXT NOT NULL PRIMARY KEY,
  "lookupKey" TEXT NOT NULL,
  "scope" TEXT NOT NULL,
  "resourceId" TEXT,
  "threadId" TEXT,
  "activeObservations" TEXT NOT NULL,
  "activeObservationsPendingUpdate" TEXT,
  "originType" TEXT NOT NULL,
  "config" TEXT NOT NULL,
  "generationCount" INTEGER NOT NULL,
  "lastObservedAt" TEXT,
  "lastReflectionAt" TEXT,
  "pendingMessageTokens" INTEGER NOT NULL,
  "totalTokensObserved" INTEGER NOT NULL,
  "observationTokenCount" INTEGER NOT NULL,
  "isObserving" INTEGER NOT NULL,
  "isReflecting" INTEGER NOT NULL,
  "observedMessageIds" TEXT,
  "observedTimezone" TEXT,
  "bufferedObservations" TEXT,
  "bufferedObservationTokens" INTEGER,
  "bufferedMessageIds" TEXT,
  "bufferedReflection" TEXT,
  "bufferedReflectionTokens" INTEGER,
  "bufferedReflectionInputTokens" INTEGER,
  "reflectedObservationLineCount" INTEGER,
  "bufferedObservationChunks" TEXT,
  "isBufferingObservation" INTEGER NOT NULL,
  "isBufferingReflection" INTEGER NOT NULL,
  "lastBufferedAtTokens" INTEGER NOT NULL,
  "lastBufferedAtTime" TEXT,
  "metadata" TEXT,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
CREATE TABLE mastra_knowledge_nodes (
  "id" TEXT NOT NULL PRIMARY KEY,
  "type" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "canonicalName" TEXT NOT NULL,
  "kind" TEXT,
  "content" TEXT,
  "description" TEXT,
  "scope" TEXT NOT NULL,
  "scopeKey" TEXT NOT NULL,
  "version" INTEGER NOT NULL,
  "mergedInto" TEXT,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
CREATE TABLE mastra_knowledge_records (
  "id" TEXT NOT NULL PRIMARY KEY,
  "node" TEXT NOT NULL,
  "text" TEXT NOT NULL,
  "scope" TEXT NOT NULL,
  "scopeKey" TEXT NOT NULL,
  "sourceThreadId" TEXT NOT NULL,
  "capturedAt" TEXT NOT NULL,
  "when" TEXT,
  "maxScope" TEXT,
  "metadata" TEXT,
  "deletedAt" TEXT,
  "deletedBy" TEXT
);
CREATE TABLE mastra_knowledge_mentions (
  "sourceType" TEXT NOT NULL,
  "sourceId" TEXT NOT NULL,
  "recordId" TEXT NOT NULL,
  PRIMARY KEY ("sourceType", "sourceId", "recordId")
);
CREATE TABLE mastra_knowledge_cursors (
  "sourceThreadId" TEXT NOT NULL,
  "agent" TEXT NOT NULL,
  "lastKnowledgeId" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  PRIMARY KEY ("sourceThreadId", "agent")
);
CREATE TABLE mastra_knowledge_activity (
  "id" TEXT NOT NULL PRIMARY KEY,
  "action" TEXT NOT NULL,
  "recordType" TEXT NOT NULL,
  "recordId" TEXT NOT NULL,
  "scope" TEXT NOT NULL,
  "scopeKey" TEXT NOT NULL,
  "sourceThreadId" TEXT,
  "createdAt" TEXT NOT NULL
);
CREATE TABLE mastra_knowledge_semantic_outbox (
  "id" TEXT NOT NULL PRIMARY KEY,
  "idempotencyKey" TEXT NOT NULL,
  "documentId" TEXT NOT NULL,
  "documentType" TEXT NOT NULL,
  "operation" TEXT NOT NULL,
  "scope" TEXT NOT NULL,
  "scopeKey" TEXT NOT NULL,
  "status" TEXT NOT NULL,
  "attempts" INTEGER NOT NULL,
  "availableAt" TEXT NOT NULL,
  "claimedAt" TEXT,
  "claimedBy" TEXT,
  "createdAt" TEXT NOT NULL,
  "completedAt" TEXT
);
CREATE TABLE mastra_ai_spans (
  "traceId" TEXT NOT NULL,
  "spanId" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "spanType" TEXT NOT NULL,
  "isEvent" INTEGER NOT NULL,
  "startedAt" TEXT NOT NULL,
  "parentSpanId" TEXT,
  "entityType" TEXT,
  "entityId" TEXT,
  "entityName" TEXT,
  "parentEntityType" TEXT,
  "parentEntityId" TEXT,
  "parentEntityName" TEXT,
  "rootEntityType" TEXT,
  "rootEntityId" TEXT,
  "rootEntityName" TEXT,
  "userId" TEXT,
  "organizationId" TEXT,
  "resourceId" TEXT,
  "runId" TEXT,
  "sessionId" TEXT,
  "threadId" TEXT,
  "requestId" TEXT,
  "environment" TEXT,
  "serviceName" TEXT,
  "scope" TEXT,
  "entityVersionId" TEXT,
  "parentEntityVersionId" TEXT,
  "rootEntityVersionId" TEXT,
  "experimentId" TEXT,
  "source" TEXT,
  "metadata" TEXT,
  "tags" TEXT,
  "attributes" TEXT,
  "links" TEXT,
  "input" TEXT,
  "output" TEXT,
  "error" TEXT,
  "endedAt" TEXT,
  "requestContext" TEXT,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT,
  UNIQUE (spanId, traceId)
);
CREATE TABLE mastra_agents (
  "id" TEXT NOT NULL PRIMARY KEY,
  "status" TEXT NOT NULL,
  "activeVersionId" TEXT,
  "authorId" TEXT,
  "visibility" TEXT,
  "metadata" TEXT,
  "favoriteCount" INTEGER,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
CREATE TABLE mastra_agent_versions (
  "id" TEXT NOT NULL PRIMARY KEY,
  "agentId" TEXT NOT NULL,
  "versionNumber" INTEGER NOT NULL,
  "name" TEXT NOT NULL,
  "description" TEXT,
  "instructions" TEXT NOT NULL,
  "model" TEXT NOT NULL,
  "tools" TEXT,
  "defaultOptions" TEXT,
  "workflows" TEXT,
  "agents" TEXT,
  "integrationTools" TEXT,
  "toolProviders" TEXT,
  "inputProcessors" TEXT,
  "outputProcessors" TEXT,
  "memory" TEXT,
  "scorers" TEXT,
  "mcpClients" TEXT,
  "requestContextSchema" TEXT,
  "workspace" TEXT,
  "skills" TEXT,
  "skillsFormat" TEXT,
  "durable" TEXT,
  "browser" TEXT,
  "changedFields" TEXT,
  "changeMessage" TEXT,
  "createdAt" TEXT NOT NULL
);
CREATE TABLE mastra_channel_installations (
  "id" TEXT NOT NULL PRIMARY KEY,
  "platform" TEXT NOT NULL,
  "agentId" TEXT NOT NULL,
  "status" TEXT NOT NULL,
  "webhookId" TEXT,
  "data" TEXT NOT NULL,
  "configHash" TEXT,
  "error" TEXT,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
CREATE TABLE mastra_channel_config (
  "platform" TEXT NOT NULL PRIMARY KEY,
  "data" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
CREATE TABLE mastra_datasets (
  "id" TEXT NOT NULL PRIMARY KEY,
  "name" TEXT NOT NULL,
  "description" TEXT,
  "metadata" TEXT,
  "inputSchema" TEXT,
  "groundTruthSchema" TEXT,
  "requestContextSchema" TEXT,
  "tags" TEXT,
  "targetType" TEXT,
  "targetIds" TEXT,
  "scorerIds" TEXT,
  "organizationId" TEXT,
  "projectId" TEXT,
  "candidateKey" TEXT,
  "candidateId" TEXT,
  "version" INTEGER NOT NULL,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
CREATE TABLE mastra_dataset_items (
  "id" TEXT NOT NULL,
  "datasetId" TEXT NOT NULL,
  "datasetVersion" INTEGER NOT NULL,
  "externalId" TEXT,
  "organizationId" TEXT,
  "projectId" TEXT,
  "validTo" INTEGER,
  "isDeleted" INTEGER NOT NULL,
  "input" TEXT NOT NULL,
  "groundTruth" TEXT,
  "requestContext" TEXT,
  "metadata" TEXT,
  "source" TEXT,
  "expectedTrajectory" TEXT,
  "toolMocks" TEXT,
  "unmockedToolPolicy" TEXT,
  "scorerIds" TEXT,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
CREATE TABLE mastra_dataset_versions (
  "id" TEXT NOT NULL PRIMARY KEY,
  "datasetId" TEXT NOT NULL,
  "version" INTEGER NOT NULL,
  "createdAt" TEXT NOT NULL
);
CREATE TABLE mastra_experiments (
  "id" TEXT NOT NULL PRIMARY KEY,
  "name" TEXT,
  "description" TEXT,
  "metadata" TEXT,
  "provenance" TEXT,
  "runnerAttestation" TEXT,
  "experimentSetId" TEXT,
  "comparisonId" TEXT,
  "variantId" TEXT,
  "trialIndex" INTEGER,
  "datasetId" TEXT,
  "datasetVersion" INTEGER,
  "targetType" TEXT,
  "targetId" TEXT,
  "scorerIds" TEXT,
  "status" TEXT NOT NULL,
  "totalItems" INTEGER NOT NULL,
  "succeededCount" INTEGER NOT NULL,
  "failedCount" INTEGER NOT NULL,
  "skippedCount" INTEGER NOT NULL,
  "startedAt" TEXT,
  "completedAt" TEXT,
  "agentVersion" TEXT,
  "organizationId" TEXT,
  "projectId" TEXT,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
CREATE TABLE mastra_experiment_results (
  "id" TEXT NOT NULL PRIMARY KEY,
  "experimentId" TEXT NOT NULL,
  "itemId" TEXT NOT NULL,
  "itemDatasetVersion" INTEGER,
  "input" TEXT NOT NULL,
  "output" TEXT,
  "groundTruth" TEXT,
  "metadata" TEXT,
  "error" TEXT,
  "startedAt" TEXT NOT NULL,
  "completedAt" TEXT NOT NULL,
  "retryCount" INTEGER NOT NULL,
  "attempt" INTEGER,
  "traceId" TEXT,
  "status" TEXT,
  "tags" TEXT,
  "comment" TEXT,
  "toolMockReport" TEXT,
  "organizationId" TEXT,
  "projectId" TEXT,
  "createdAt" TEXT NOT NULL
);
CREATE TABLE mastra_prompt_blocks (
  "id" TEXT NOT NULL PRIMARY KEY,
  "status" TEXT NOT NULL,
  "activeVersionId" TEXT,
  "authorId" TEXT,
  "metadata" TEXT,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
CREATE TABLE mastra_prompt_block_versions (
  "id" TEXT NOT NULL PRIMARY KEY,
  "blockId" TEXT NOT NULL,
  "versionNumber" INTEGER NOT NULL,
  "name" TEXT NOT NULL,
  "description" TEXT,
  "content" TEXT NOT NULL,
  "rules" TEXT,
  "requestContextSchema" TEXT,
  "changedFields" TEXT,
  "changeMessage" TEXT,
  "createdAt" TEXT NOT NULL
);
CREATE TABLE mastra_scorer_definitions (
  "id" TEXT NOT NULL PRIMARY KEY,
  "status" TEXT NOT NULL,
  "activeVersionId" TEXT,
  "authorId" TEXT,
  "organizationId" TEXT,
  "projectId" TEXT,
  "metadata" TEXT,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
CREATE TABLE mastra_scorer_definition_versions (
  "id" TEXT NOT NULL PRIMARY KEY,
  "scorerDefinitionId" TEXT NOT NULL,
  "versionNumber" INTEGER NOT NULL,
  "name" TEXT NOT NULL,
  "description" TEXT,
  "type" TEXT NOT NULL,
  "model" TEXT,
  "instructions" TEXT,
  "scoreRange" TEXT,
  "presetConfig" TEXT,
  "defaultSampling" TEXT,
  "changedFields" TEXT,
  "changeMessage" TEXT,
  "createdAt" TEXT NOT NULL
);
CREATE TABLE mastra_mcp_clients (
  "id" TEXT NOT NULL PRIMARY KEY,
  "status" TEXT NOT NULL,
  "activeVersionId" TEXT,
  "authorId" TEXT,
  "metadata" TEXT,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
CREATE TABLE mastra_mcp_client_versions (
  "id" TEXT NOT NULL PRIMARY KEY,
  "mcpClientId" TEXT NOT NULL,
  "versionNumber" INTEGER NOT NULL,
  "name" TEXT NOT NULL,
  "description" TEXT,
  "servers" TEXT NOT NULL,
  "changedFields" TEXT,
  "changeMessage" TEXT,
  "createdAt" TEXT NOT NULL
);
CREATE TABLE mastra_mcp_servers (
  "id" TEXT NOT NULL PRIMARY KEY,
  "status" TEXT NOT NULL,
  "activeVersionId" TEXT,
  "authorId" TEXT,
  "metadata" TEXT,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
CREATE TABLE mastra_mcp_server_versions (
  "id" TEXT NOT NULL PRIMARY KEY,
  "mcpServerId" TEXT NOT NULL,
  "versionNumber" INTEGER NOT NULL,
  "name" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "description" TEXT,
  "instructions" TEXT,
  "repository" TEXT,
  "releaseDate" TEXT,
  "isLatest" INTEGER,
  "packageCanonical" TEXT,
  "tools" TEXT,
  "agents" TEXT,
  "workflows" TEXT,
  "changedFields" TEXT,
  "changeMessage" TEXT,
  "createdAt" TEXT NOT NULL
);
CREATE TABLE mastra_workspaces (
  "id" TEXT NOT NULL PRIMARY KEY,
  "status" TEXT NOT NULL,
  "activeVersionId" TEXT,
  "authorId" TEXT,
  "metadata" TEXT,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
CREATE TABLE mastra_workspace_versions (
  "id" TEXT NOT NULL PRIMARY KEY,
  "workspaceId" TEXT NOT NULL,
  "versionNumber" INTEGER NOT NULL,
  "name" TEXT NOT NULL,
  "description" TEXT,
  "filesystem" TEXT,
  "sandbox" TEXT,
  "mounts" TEXT,
  "search" TEXT,
  "skills" TEXT,
  "tools" TEXT,
  "autoSync" INTEGER,
  "operationTimeout" INTEGER,
  "changedFields" TEXT,
  "changeMessage" TEXT,
  "createdAt" TEXT NOT NULL
);
CREATE TABLE mastra_skills (
  "id" TEXT NOT NULL PRIMARY KEY,
  "status" TEXT NOT NULL,
  "activeVersionId" TEXT,
  "authorId" TEXT,
  "visibility" TEXT,
  "favoriteCount" INTEGER,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL
);
CREATE TABLE mastra_skill_versions (
  "id" TEXT NOT NULL PRIMARY KEY,
  "skillId" TEXT NOT NULL,
  "versionNumber" INTEGER NOT NULL,
  "name" TEXT NOT NULL,
  "description" TEXT NOT NULL,
  "instructions" TEXT NOT NULL,
  "license" TEXT,
  "compatibility" TEXT,
  "source" TEXT,
  "references" TEXT,
  "scripts" TEXT,
  "assets" TEXT,
  "files" TEXT,
  "metadata" TEXT,
  "tree" TEXT,
  "changedFields" TEXT,
  "changeMessage" TEXT,
  "createdAt" TEXT NOT NULL
);
CREATE TABLE mastra_favorites (
  "userId" TEXT NOT NULL,
  "entityType" TEXT NOT NULL,
  "entityId" TEXT NOT NULL,
  "createdAt" TEXT NOT NULL,
  PRIMARY KEY ("userId", "entityType", "entityId")
);
CREATE TABLE mastra_skill_blobs (
  "hash" TEXT NOT NULL PRIMARY KEY,
  "content" TEXT NOT NULL,
  "size" INTEGER NOT NULL,
  "mimeType" TEXT,
  "createdAt" TEXT NOT NULL
);
CREATE TABLE mastra_background_tasks (
  "id" TEXT NOT NULL PRIMARY KEY,
  "tool_call_id" TEXT NOT NULL,
  "tool_name" TEXT NOT NULL,
  "agent_id" TEXT NOT NULL,
  "run_id" TEXT NOT NULL,
  "thread_id" TEXT,
  "resource_id" TEXT,
  "status" TEXT NOT NULL,
  "args" TEXT NOT NULL,
  "result" TEXT,
  "error" TEXT,
  "suspend_payload" TEXT,
  "retry_count" INTEGER NOT NULL,
  "max_retries" INTEGER NOT NULL,
  "timeout_ms" INTEGER NOT NULL,
  "createdAt" TEXT NOT NULL,
  "startedAt" TEXT,
  "suspendedAt" TEXT,
  "completedAt" TEXT
);
CREATE TABLE mastra_schedules (
  "id" TEXT NOT NULL PRIMARY KEY,
  "target" TEXT NOT NULL,
  "cron" TEXT NOT NULL,
  "timezone" TEXT,
  "status" TEXT NOT NULL,
  "next_fire_at" INTEGER NOT NULL,
  "last_fire_at" INTEGER,
  "last_run_id" TEXT,
  "created_at" INTEGER NOT NULL,
  "updated_at" INTEGER NOT NULL,
  "metadata" TEXT,
  "owner_type" TEXT,
  "owner_id" TEXT
);
CREATE TABLE mastra_schedule_triggers (
  "id" TEXT NOT NULL PRIMARY KEY,
  "schedule_id" TEXT NOT NULL,
  "run_id" TEXT,
  "scheduled_fire_at" INTEGER NOT NULL,
  "actual_fire_at" INTEGER NOT NULL,
  "outcome" TEXT NOT NULL,
  "error" TEXT,
  "trigger_kind" TEXT NOT NULL,
  "parent_trigger_id" TEXT,
  "metadata" TEXT
);
CREATE TABLE mastra_harness_sessions (
  "id" TEXT NOT NULL PRIMARY KEY,
  "ownerId" TEXT NOT NULL,
  "resourceId" TEXT NOT NULL,
  "threadId" TEXT NOT NULL,
  "parentSessionId" TEXT,
  "subagentDepth" INTEGER,
  "source" TEXT,
  "origin" TEXT NOT NULL,
  "runtimeCompatibilityGeneration" TEXT,
  "modeId" TEXT NOT NULL,
  "modelId" TEXT NOT NULL,
  "title" TEXT,
  "metadata" TEXT,
  "state" TEXT,
  "pending" TEXT,
  "createdAt" TEXT NOT NULL,
  "lastActivityAt" TEXT NOT NULL,
  "closingAt" TEXT,
  "closeDeadlineAt" TEXT,
  "closedAt" TEXT,
  "deletedAt" TEXT
);
CREATE TABLE mastra_tool_provider_connections (
  "authorId" TEXT NOT NULL,
  "providerId" TEXT NOT NULL,
  "connectionId" TEXT NOT NULL,
  "toolkit" TEXT NOT NULL,
  "label" TEXT,
  "scope" TEXT NOT NULL,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  PRIMARY KEY ("authorId", "providerId", "connectionId")
);
CREATE TABLE mastra_notifications (
  "id" TEXT NOT NULL,
  "threadId" TEXT NOT NULL,
  "source" TEXT NOT NULL,
  "kind" TEXT NOT NULL,
  "priority" TEXT NOT NULL,
  "status" TEXT NOT NULL,
  "summary" TEXT NOT NULL,
  "payload" TEXT,
  "resourceId" TEXT,
  "agentId" TEXT,
  "sourceId" TEXT,
  "dedupeKey" TEXT,
  "coalesceKey" TEXT,
  "coalescedCount" INTEGER NOT NULL,
  "attributes" TEXT,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "deliveredAt" TEXT,
  "seenAt" TEXT,
  "dismissedAt" TEXT,
  "archivedAt" TEXT,
  "discardedAt" TEXT,
  "deliverAt" TEXT,
  "summaryAt" TEXT,
  "deliveryReason" TEXT,
  "deliveryAttempts" INTEGER NOT NULL,
  "lastDeliveryAttemptAt" TEXT,
  "lastDeliveryError" TEXT,
  "deliveredSignalId" TEXT,
  "summarySignalId" TEXT,
  "metadata" TEXT
);
CREATE TABLE mastra_thread_state (
  "threadId" TEXT NOT NULL,
  "type" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "createdAt" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  PRIMARY KEY ("threadId", "type")
);
CREATE INDEX idx_workflow_definitions_status ON "mastra_workflow_definitions" ("status");
CREATE INDEX idx_messages_thread_created_at ON mastra_messages (thread_id, "createdAt");
CREATE INDEX idx_messages_thread_resource_created_at ON mastra_messages (thread_id, "resourceId", "createdAt");
CREATE INDEX idx_om_lookup_key ON "mastra_observational_memory" ("lookupKey");
CREATE UNIQUE INDEX idx_knowledge_nodes_identity ON "mastra_knowledge_nodes" (type, scopeKey, canonicalName);
CREATE INDEX idx_knowledge_nodes_scope ON "mastra_knowledge_nodes" (scopeKey, type);
CREATE INDEX idx_knowledge_records_node_latest ON "mastra_knowledge_records" (node, id DESC);
CREATE INDEX idx_knowledge_records_thread_latest ON "mastra_knowledge_records" (sourceThreadId, id DESC);
CREATE INDEX idx_knowledge_mentions_record ON "mastra_knowledge_mentions" (recordId, sourceType, sourceId);
CREATE INDEX idx_knowledge_activity_latest ON "mastra_knowledge_activity" (id DESC);
CREATE UNIQUE INDEX idx_knowledge_outbox_idempotency ON "mastra_knowledge_semantic_outbox" (idempotencyKey);
CREATE INDEX idx_knowledge_outbox_claim ON "mastra_knowledge_semantic_outbox" (status, availableAt, createdAt);
CREATE UNIQUE INDEX "mastra_ai_spans_spanid_traceid_idx" ON "mastra_ai_spans" ("spanId", "traceId");
CREATE INDEX "mastra_ai_spans_roots_started_at_idx" ON "mastra_ai_spans" ("startedAt" DESC) WHERE "parentSpanId" IS NULL;
CREATE INDEX "mastra_ai_spans_trace_started_at_idx" ON "mastra_ai_spans" ("traceId", "startedAt");
CREATE UNIQUE INDEX idx_channel_installations_webhook ON "mastra_channel_installations" ("webhookId");
CREATE INDEX idx_channel_installations_platform_agent ON "mastra_channel_installations" ("platform", "agentId");
CREATE INDEX idx_dataset_items_dataset_validto ON "mastra_dataset_items" ("datasetId", "validTo");
CREATE INDEX idx_dataset_items_dataset_version ON "mastra_dataset_items" ("datasetId", "datasetVersion");
CREATE INDEX idx_dataset_items_dataset_externalid_version ON "mastra_dataset_items" ("datasetId", "externalId", "datasetVersion");
CREATE INDEX idx_dataset_items_dataset_validto_deleted ON "mastra_dataset_items" ("datasetId", "validTo", "isDeleted");
CREATE INDEX idx_dataset_versions_dataset_version ON "mastra_dataset_versions" ("datasetId", "version");
CREATE UNIQUE INDEX idx_dataset_versions_dataset_version_unique ON "mastra_dataset_versions" ("datasetId", "version");
CREATE INDEX idx_datasets_tenancy_createdat ON "mastra_datasets" ("organizationId", "projectId", "createdAt", "id");
CREATE INDEX idx_datasets_tenancy_candidate ON "mastra_datasets" ("organizationId", "projectId", "candidateKey", "candidateId");
CREATE INDEX idx_dataset_items_tenancy_list ON "mastra_dataset_items" ("organizationId", "projectId", "datasetId", "validTo", "isDeleted");
CREATE INDEX idx_experiments_datasetid ON "mastra_experiments" ("datasetId");
CREATE INDEX idx_experiments_grouping ON "mastra_experiments" ("experimentSetId", "comparisonId", "variantId", "trialIndex");
CREATE INDEX idx_experiment_results_experimentid ON "mastra_experiment_results" ("experimentId");
CREATE UNIQUE INDEX idx_experiment_results_exp_item_attempt ON "mastra_experiment_results" ("experimentId", "itemId", "attempt");
CREATE INDEX idx_experiments_org_project ON "mastra_experiments" ("organizationId", "projectId");
CREATE INDEX idx_experiment_results_org_project ON "mastra_experiment_results" ("organizationId", "projectId");
CREATE UNIQUE INDEX idx_prompt_block_versions_block_version ON "mastra_prompt_block_versions" ("blockId", "versionNumber");
CREATE UNIQUE INDEX idx_scorer_definition_versions_scorer_version ON "mastra_scorer_definition_versions" ("scorerDefinitionId", "versionNumber");
CREATE UNIQUE INDEX idx_mcp_client_versions_client_version ON "mastra_mcp_client_versions" ("mcpClientId", "versionNumber");
CREATE UNIQUE INDEX idx_mcp_server_versions_server_version ON "mastra_mcp_server_versions" ("mcpServerId", "versionNumber");
CREATE UNIQUE INDEX idx_workspace_versions_workspace_version ON "mastra_workspace_versions" ("workspaceId", "versionNumber");
CREATE UNIQUE INDEX idx_skill_versions_skill_version ON "mastra_skill_versions" ("skillId", "versionNumber");
CREATE INDEX idx_favorites_entity ON "mastra_favorites" ("entityType", "entityId");
CREATE INDEX idx_schedules_status_next_fire ON "mastra_schedules" ("status", "next_fire_at");
CREATE INDEX idx_schedule_triggers_schedule_fire ON "mastra_schedule_triggers" ("schedule_id", "actual_fire_at");
CREATE INDEX idx_tool_provider_connections_author ON "mastra_tool_provider_connections" ("authorId", "providerId", "toolkit");
CREATE INDEX idx_notifications_thread_status_updated ON "mastra_notifications" ("threadId", "status", "updatedAt");
CREATE INDEX idx_notifications_coalescing ON "mastra_notifications" ("threadId", "source", "kind", "status", "agentId", "resourceId", "dedupeKey", "coalesceKey");
CREATE INDEX idx_notifications_due ON "mastra_notifications" ("status", "deliverAt", "summaryAt");
COMMIT;
