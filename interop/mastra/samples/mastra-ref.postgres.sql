--
-- PostgreSQL database dump
--

\restrict 2xVq3HYlDshtSdtTIvAH3sN6WivIF0VLm2phBZAlm3rQo0zPReo9qSgy1b5MdtV

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: mastra_ref; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA mastra_ref;


--
-- Name: trigger_set_timestamps(); Type: FUNCTION; Schema: mastra_ref; Owner: -
--

CREATE FUNCTION mastra_ref.trigger_set_timestamps() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW."createdAt" = NOW();
        NEW."updatedAt" = NOW();
        NEW."createdAtZ" = NOW();
        NEW."updatedAtZ" = NOW();
    ELSIF TG_OP = 'UPDATE' THEN
        NEW."updatedAt" = NOW();
        NEW."updatedAtZ" = NOW();
        NEW."createdAt" = OLD."createdAt";
        NEW."createdAtZ" = OLD."createdAtZ";
    END IF;
    RETURN NEW;
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: mastra_agent_versions; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_agent_versions (
    id text NOT NULL,
    "agentId" text NOT NULL,
    "versionNumber" integer NOT NULL,
    name text NOT NULL,
    description text,
    instructions text NOT NULL,
    model jsonb NOT NULL,
    tools jsonb,
    "defaultOptions" jsonb,
    workflows jsonb,
    agents jsonb,
    "integrationTools" jsonb,
    "toolProviders" jsonb,
    "inputProcessors" jsonb,
    "outputProcessors" jsonb,
    memory jsonb,
    scorers jsonb,
    "mcpClients" jsonb,
    "requestContextSchema" jsonb,
    workspace jsonb,
    skills jsonb,
    "skillsFormat" text,
    durable jsonb,
    browser jsonb,
    "changedFields" jsonb,
    "changeMessage" text,
    "createdAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_agents; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_agents (
    id text NOT NULL,
    status text NOT NULL,
    "activeVersionId" text,
    "authorId" text,
    visibility text,
    metadata jsonb,
    "favoriteCount" integer,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_ai_spans; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_ai_spans (
    "traceId" text NOT NULL,
    "spanId" text NOT NULL,
    name text NOT NULL,
    "spanType" text NOT NULL,
    "isEvent" boolean NOT NULL,
    "startedAt" timestamp without time zone NOT NULL,
    "parentSpanId" text,
    "entityType" text,
    "entityId" text,
    "entityName" text,
    "parentEntityType" text,
    "parentEntityId" text,
    "parentEntityName" text,
    "rootEntityType" text,
    "rootEntityId" text,
    "rootEntityName" text,
    "userId" text,
    "organizationId" text,
    "resourceId" text,
    "runId" text,
    "sessionId" text,
    "threadId" text,
    "requestId" text,
    environment text,
    "serviceName" text,
    scope jsonb,
    "entityVersionId" text,
    "parentEntityVersionId" text,
    "rootEntityVersionId" text,
    "experimentId" text,
    source text,
    metadata jsonb,
    tags jsonb,
    attributes jsonb,
    links jsonb,
    input jsonb,
    output jsonb,
    error jsonb,
    "endedAt" timestamp without time zone,
    "requestContext" jsonb,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone,
    "startedAtZ" timestamp with time zone DEFAULT now(),
    "endedAtZ" timestamp with time zone DEFAULT now(),
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_background_tasks; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_background_tasks (
    id text NOT NULL,
    tool_call_id text NOT NULL,
    tool_name text NOT NULL,
    agent_id text NOT NULL,
    run_id text NOT NULL,
    thread_id text,
    resource_id text,
    status text NOT NULL,
    args jsonb NOT NULL,
    result jsonb,
    error jsonb,
    suspend_payload jsonb,
    retry_count integer NOT NULL,
    max_retries integer NOT NULL,
    timeout_ms integer NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    "startedAt" timestamp without time zone,
    "suspendedAt" timestamp without time zone,
    "completedAt" timestamp without time zone,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "startedAtZ" timestamp with time zone DEFAULT now(),
    "suspendedAtZ" timestamp with time zone DEFAULT now(),
    "completedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_channel_config; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_channel_config (
    platform text NOT NULL,
    data jsonb NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_channel_installations; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_channel_installations (
    id text NOT NULL,
    platform text NOT NULL,
    "agentId" text NOT NULL,
    status text NOT NULL,
    "webhookId" text,
    data jsonb NOT NULL,
    "configHash" text,
    error text,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_dataset_items; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_dataset_items (
    id text NOT NULL,
    "datasetId" text NOT NULL,
    "datasetVersion" integer NOT NULL,
    "externalId" text,
    "organizationId" text,
    "projectId" text,
    "validTo" integer,
    "isDeleted" boolean NOT NULL,
    input jsonb NOT NULL,
    "groundTruth" jsonb,
    "requestContext" jsonb,
    metadata jsonb,
    source jsonb,
    "expectedTrajectory" jsonb,
    "toolMocks" jsonb,
    "unmockedToolPolicy" text,
    "scorerIds" jsonb,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_dataset_versions; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_dataset_versions (
    id text NOT NULL,
    "datasetId" text NOT NULL,
    version integer NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_datasets; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_datasets (
    id text NOT NULL,
    name text NOT NULL,
    description text,
    metadata jsonb,
    "inputSchema" jsonb,
    "groundTruthSchema" jsonb,
    "requestContextSchema" jsonb,
    tags jsonb,
    "targetType" text,
    "targetIds" jsonb,
    "scorerIds" jsonb,
    "organizationId" text,
    "projectId" text,
    "candidateKey" text,
    "candidateId" text,
    version integer NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_experiment_results; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_experiment_results (
    id text NOT NULL,
    "experimentId" text NOT NULL,
    "itemId" text NOT NULL,
    "itemDatasetVersion" integer,
    input jsonb NOT NULL,
    output jsonb,
    "groundTruth" jsonb,
    metadata jsonb,
    error jsonb,
    "startedAt" timestamp without time zone NOT NULL,
    "completedAt" timestamp without time zone NOT NULL,
    "retryCount" integer NOT NULL,
    attempt integer,
    "traceId" text,
    status text,
    tags jsonb,
    comment text,
    "toolMockReport" jsonb,
    "organizationId" text,
    "projectId" text,
    "createdAt" timestamp without time zone NOT NULL,
    "startedAtZ" timestamp with time zone DEFAULT now(),
    "completedAtZ" timestamp with time zone DEFAULT now(),
    "createdAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_experiments; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_experiments (
    id text NOT NULL,
    name text,
    description text,
    metadata jsonb,
    provenance jsonb,
    "runnerAttestation" jsonb,
    "experimentSetId" text,
    "comparisonId" text,
    "variantId" text,
    "trialIndex" integer,
    "datasetId" text,
    "datasetVersion" integer,
    "targetType" text,
    "targetId" text,
    "scorerIds" jsonb,
    status text NOT NULL,
    "totalItems" integer NOT NULL,
    "succeededCount" integer NOT NULL,
    "failedCount" integer NOT NULL,
    "skippedCount" integer NOT NULL,
    "startedAt" timestamp without time zone,
    "completedAt" timestamp without time zone,
    "agentVersion" text,
    "organizationId" text,
    "projectId" text,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "startedAtZ" timestamp with time zone DEFAULT now(),
    "completedAtZ" timestamp with time zone DEFAULT now(),
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_favorites; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_favorites (
    "userId" text NOT NULL,
    "entityType" text NOT NULL,
    "entityId" text NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_knowledge_activity; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_knowledge_activity (
    id text NOT NULL,
    action text NOT NULL,
    "recordType" text NOT NULL,
    "recordId" text NOT NULL,
    scope jsonb NOT NULL,
    "scopeKey" text NOT NULL,
    "sourceThreadId" text,
    "createdAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_knowledge_cursors; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_knowledge_cursors (
    "sourceThreadId" text NOT NULL,
    agent text NOT NULL,
    "lastKnowledgeId" text NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_knowledge_mentions; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_knowledge_mentions (
    "sourceType" text NOT NULL,
    "sourceId" text NOT NULL,
    "recordId" text NOT NULL
);


--
-- Name: mastra_knowledge_nodes; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_knowledge_nodes (
    id text NOT NULL,
    type text NOT NULL,
    name text NOT NULL,
    "canonicalName" text NOT NULL,
    kind text,
    content text,
    description text,
    scope jsonb NOT NULL,
    "scopeKey" text NOT NULL,
    version integer NOT NULL,
    "mergedInto" text,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_knowledge_records; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_knowledge_records (
    id text NOT NULL,
    node text NOT NULL,
    text text NOT NULL,
    scope jsonb NOT NULL,
    "scopeKey" text NOT NULL,
    "sourceThreadId" text NOT NULL,
    "capturedAt" timestamp without time zone NOT NULL,
    "when" timestamp without time zone,
    "maxScope" text,
    metadata jsonb,
    "deletedAt" timestamp without time zone,
    "deletedBy" text,
    "capturedAtZ" timestamp with time zone DEFAULT now(),
    "whenZ" timestamp with time zone DEFAULT now(),
    "deletedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_knowledge_semantic_outbox; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_knowledge_semantic_outbox (
    id text NOT NULL,
    "idempotencyKey" text NOT NULL,
    "documentId" text NOT NULL,
    "documentType" text NOT NULL,
    operation text NOT NULL,
    scope jsonb NOT NULL,
    "scopeKey" text NOT NULL,
    status text NOT NULL,
    attempts integer NOT NULL,
    "availableAt" timestamp without time zone NOT NULL,
    "claimedAt" timestamp without time zone,
    "claimedBy" text,
    "createdAt" timestamp without time zone NOT NULL,
    "completedAt" timestamp without time zone,
    "availableAtZ" timestamp with time zone DEFAULT now(),
    "claimedAtZ" timestamp with time zone DEFAULT now(),
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "completedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_mcp_client_versions; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_mcp_client_versions (
    id text NOT NULL,
    "mcpClientId" text NOT NULL,
    "versionNumber" integer NOT NULL,
    name text NOT NULL,
    description text,
    servers jsonb NOT NULL,
    "changedFields" jsonb,
    "changeMessage" text,
    "createdAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_mcp_clients; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_mcp_clients (
    id text NOT NULL,
    status text NOT NULL,
    "activeVersionId" text,
    "authorId" text,
    metadata jsonb,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_mcp_server_versions; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_mcp_server_versions (
    id text NOT NULL,
    "mcpServerId" text NOT NULL,
    "versionNumber" integer NOT NULL,
    name text NOT NULL,
    version text NOT NULL,
    description text,
    instructions text,
    repository jsonb,
    "releaseDate" text,
    "isLatest" boolean,
    "packageCanonical" text,
    tools jsonb,
    agents jsonb,
    workflows jsonb,
    "changedFields" jsonb,
    "changeMessage" text,
    "createdAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_mcp_servers; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_mcp_servers (
    id text NOT NULL,
    status text NOT NULL,
    "activeVersionId" text,
    "authorId" text,
    metadata jsonb,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_messages; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_messages (
    id text NOT NULL,
    thread_id text NOT NULL,
    content text NOT NULL,
    role text NOT NULL,
    type text NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    "resourceId" text,
    "createdAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_notifications; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_notifications (
    id text NOT NULL,
    "threadId" text NOT NULL,
    source text NOT NULL,
    kind text NOT NULL,
    priority text NOT NULL,
    status text NOT NULL,
    summary text NOT NULL,
    payload jsonb,
    "resourceId" text,
    "agentId" text,
    "sourceId" text,
    "dedupeKey" text,
    "coalesceKey" text,
    "coalescedCount" integer NOT NULL,
    attributes jsonb,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "deliveredAt" timestamp without time zone,
    "seenAt" timestamp without time zone,
    "dismissedAt" timestamp without time zone,
    "archivedAt" timestamp without time zone,
    "discardedAt" timestamp without time zone,
    "deliverAt" timestamp without time zone,
    "summaryAt" timestamp without time zone,
    "deliveryReason" text,
    "deliveryAttempts" integer NOT NULL,
    "lastDeliveryAttemptAt" timestamp without time zone,
    "lastDeliveryError" text,
    "deliveredSignalId" text,
    "summarySignalId" text,
    metadata jsonb,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now(),
    "deliveredAtZ" timestamp with time zone DEFAULT now(),
    "seenAtZ" timestamp with time zone DEFAULT now(),
    "dismissedAtZ" timestamp with time zone DEFAULT now(),
    "archivedAtZ" timestamp with time zone DEFAULT now(),
    "discardedAtZ" timestamp with time zone DEFAULT now(),
    "deliverAtZ" timestamp with time zone DEFAULT now(),
    "summaryAtZ" timestamp with time zone DEFAULT now(),
    "lastDeliveryAttemptAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_observational_memory; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_observational_memory (
    id text NOT NULL,
    "lookupKey" text NOT NULL,
    scope text NOT NULL,
    "resourceId" text,
    "threadId" text,
    "activeObservations" text NOT NULL,
    "activeObservationsPendingUpdate" text,
    "originType" text NOT NULL,
    config text NOT NULL,
    "generationCount" integer NOT NULL,
    "lastObservedAt" timestamp without time zone,
    "lastReflectionAt" timestamp without time zone,
    "pendingMessageTokens" integer NOT NULL,
    "totalTokensObserved" integer NOT NULL,
    "observationTokenCount" integer NOT NULL,
    "isObserving" boolean NOT NULL,
    "isReflecting" boolean NOT NULL,
    "observedMessageIds" jsonb,
    "observedTimezone" text,
    "bufferedObservations" text,
    "bufferedObservationTokens" integer,
    "bufferedMessageIds" jsonb,
    "bufferedReflection" text,
    "bufferedReflectionTokens" integer,
    "bufferedReflectionInputTokens" integer,
    "reflectedObservationLineCount" integer,
    "bufferedObservationChunks" jsonb,
    "isBufferingObservation" boolean NOT NULL,
    "isBufferingReflection" boolean NOT NULL,
    "lastBufferedAtTokens" integer NOT NULL,
    "lastBufferedAtTime" timestamp without time zone,
    metadata jsonb,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "lastObservedAtZ" timestamp with time zone DEFAULT now(),
    "lastReflectionAtZ" timestamp with time zone DEFAULT now(),
    "lastBufferedAtTimeZ" timestamp with time zone DEFAULT now(),
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_prompt_block_versions; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_prompt_block_versions (
    id text NOT NULL,
    "blockId" text NOT NULL,
    "versionNumber" integer NOT NULL,
    name text NOT NULL,
    description text,
    content text NOT NULL,
    rules jsonb,
    "requestContextSchema" jsonb,
    "changedFields" jsonb,
    "changeMessage" text,
    "createdAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_prompt_blocks; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_prompt_blocks (
    id text NOT NULL,
    status text NOT NULL,
    "activeVersionId" text,
    "authorId" text,
    metadata jsonb,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_resources; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_resources (
    id text NOT NULL,
    "workingMemory" text,
    metadata jsonb,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_schedule_triggers; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_schedule_triggers (
    id text NOT NULL,
    schedule_id text NOT NULL,
    run_id text,
    scheduled_fire_at bigint NOT NULL,
    actual_fire_at bigint NOT NULL,
    outcome text NOT NULL,
    error text,
    trigger_kind text NOT NULL,
    parent_trigger_id text,
    metadata jsonb
);


--
-- Name: mastra_schedules; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_schedules (
    id text NOT NULL,
    target jsonb NOT NULL,
    cron text NOT NULL,
    timezone text,
    status text NOT NULL,
    next_fire_at bigint NOT NULL,
    last_fire_at bigint,
    last_run_id text,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    metadata jsonb,
    owner_type text,
    owner_id text
);


--
-- Name: mastra_scorer_definition_versions; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_scorer_definition_versions (
    id text NOT NULL,
    "scorerDefinitionId" text NOT NULL,
    "versionNumber" integer NOT NULL,
    name text NOT NULL,
    description text,
    type text NOT NULL,
    model jsonb,
    instructions text,
    "scoreRange" jsonb,
    "presetConfig" jsonb,
    "defaultSampling" jsonb,
    "changedFields" jsonb,
    "changeMessage" text,
    "createdAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_scorer_definitions; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_scorer_definitions (
    id text NOT NULL,
    status text NOT NULL,
    "activeVersionId" text,
    "authorId" text,
    "organizationId" text,
    "projectId" text,
    metadata jsonb,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_scorers; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_scorers (
    id text NOT NULL,
    "scorerId" text NOT NULL,
    "traceId" text,
    "spanId" text,
    "runId" text NOT NULL,
    scorer jsonb NOT NULL,
    "preprocessStepResult" jsonb,
    "extractStepResult" jsonb,
    "analyzeStepResult" jsonb,
    score double precision NOT NULL,
    reason text,
    metadata jsonb,
    "preprocessPrompt" text,
    "extractPrompt" text,
    "generateScorePrompt" text,
    "generateReasonPrompt" text,
    "analyzePrompt" text,
    "reasonPrompt" text,
    input jsonb NOT NULL,
    output jsonb NOT NULL,
    "additionalContext" jsonb,
    "requestContext" jsonb,
    "entityType" text,
    entity jsonb,
    "entityId" text,
    source text NOT NULL,
    "resourceId" text,
    "threadId" text,
    "organizationId" text,
    "projectId" text,
    "batchId" text,
    "datasetId" text,
    "datasetItemId" text,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_skill_blobs; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_skill_blobs (
    hash text NOT NULL,
    content text NOT NULL,
    size integer NOT NULL,
    "mimeType" text,
    "createdAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_skill_versions; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_skill_versions (
    id text NOT NULL,
    "skillId" text NOT NULL,
    "versionNumber" integer NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    instructions text NOT NULL,
    license text,
    compatibility jsonb,
    source jsonb,
    "references" jsonb,
    scripts jsonb,
    assets jsonb,
    files jsonb,
    metadata jsonb,
    tree jsonb,
    "changedFields" jsonb,
    "changeMessage" text,
    "createdAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_skills; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_skills (
    id text NOT NULL,
    status text NOT NULL,
    "activeVersionId" text,
    "authorId" text,
    visibility text,
    "favoriteCount" integer,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_thread_state; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_thread_state (
    "threadId" text NOT NULL,
    type text NOT NULL,
    value jsonb NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_threads; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_threads (
    id text NOT NULL,
    "resourceId" text NOT NULL,
    title text NOT NULL,
    metadata jsonb,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_tool_provider_connections; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_tool_provider_connections (
    "authorId" text NOT NULL,
    "providerId" text NOT NULL,
    "connectionId" text NOT NULL,
    toolkit text NOT NULL,
    label text,
    scope text NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_workflow_definitions; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_workflow_definitions (
    id text NOT NULL,
    description text,
    metadata jsonb,
    "inputSchema" jsonb NOT NULL,
    "outputSchema" jsonb NOT NULL,
    "stateSchema" jsonb,
    "requestContextSchema" jsonb,
    graph jsonb NOT NULL,
    schedule jsonb,
    status text NOT NULL,
    source text NOT NULL,
    "authorId" text,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_workflow_snapshot; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_workflow_snapshot (
    workflow_name text NOT NULL,
    run_id text NOT NULL,
    "resourceId" text,
    snapshot jsonb NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_workspace_versions; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_workspace_versions (
    id text NOT NULL,
    "workspaceId" text NOT NULL,
    "versionNumber" integer NOT NULL,
    name text NOT NULL,
    description text,
    filesystem jsonb,
    sandbox jsonb,
    mounts jsonb,
    search jsonb,
    skills jsonb,
    tools jsonb,
    "autoSync" boolean,
    "operationTimeout" integer,
    "changedFields" jsonb,
    "changeMessage" text,
    "createdAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now()
);


--
-- Name: mastra_workspaces; Type: TABLE; Schema: mastra_ref; Owner: -
--

CREATE TABLE mastra_ref.mastra_workspaces (
    id text NOT NULL,
    status text NOT NULL,
    "activeVersionId" text,
    "authorId" text,
    metadata jsonb,
    "createdAt" timestamp without time zone NOT NULL,
    "updatedAt" timestamp without time zone NOT NULL,
    "createdAtZ" timestamp with time zone DEFAULT now(),
    "updatedAtZ" timestamp with time zone DEFAULT now()
);


--
-- Data for Name: mastra_agent_versions; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_agent_versions (id, "agentId", "versionNumber", name, description, instructions, model, tools, "defaultOptions", workflows, agents, "integrationTools", "toolProviders", "inputProcessors", "outputProcessors", memory, scorers, "mcpClients", "requestContextSchema", workspace, skills, "skillsFormat", durable, browser, "changedFields", "changeMessage", "createdAt", "createdAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_agents; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_agents (id, status, "activeVersionId", "authorId", visibility, metadata, "favoriteCount", "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_ai_spans; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_ai_spans ("traceId", "spanId", name, "spanType", "isEvent", "startedAt", "parentSpanId", "entityType", "entityId", "entityName", "parentEntityType", "parentEntityId", "parentEntityName", "rootEntityType", "rootEntityId", "rootEntityName", "userId", "organizationId", "resourceId", "runId", "sessionId", "threadId", "requestId", environment, "serviceName", scope, "entityVersionId", "parentEntityVersionId", "rootEntityVersionId", "experimentId", source, metadata, tags, attributes, links, input, output, error, "endedAt", "requestContext", "createdAt", "updatedAt", "startedAtZ", "endedAtZ", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_background_tasks; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_background_tasks (id, tool_call_id, tool_name, agent_id, run_id, thread_id, resource_id, status, args, result, error, suspend_payload, retry_count, max_retries, timeout_ms, "createdAt", "startedAt", "suspendedAt", "completedAt", "createdAtZ", "startedAtZ", "suspendedAtZ", "completedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_channel_config; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_channel_config (platform, data, "updatedAt", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_channel_installations; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_channel_installations (id, platform, "agentId", status, "webhookId", data, "configHash", error, "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_dataset_items; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_dataset_items (id, "datasetId", "datasetVersion", "externalId", "organizationId", "projectId", "validTo", "isDeleted", input, "groundTruth", "requestContext", metadata, source, "expectedTrajectory", "toolMocks", "unmockedToolPolicy", "scorerIds", "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_dataset_versions; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_dataset_versions (id, "datasetId", version, "createdAt", "createdAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_datasets; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_datasets (id, name, description, metadata, "inputSchema", "groundTruthSchema", "requestContextSchema", tags, "targetType", "targetIds", "scorerIds", "organizationId", "projectId", "candidateKey", "candidateId", version, "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_experiment_results; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_experiment_results (id, "experimentId", "itemId", "itemDatasetVersion", input, output, "groundTruth", metadata, error, "startedAt", "completedAt", "retryCount", attempt, "traceId", status, tags, comment, "toolMockReport", "organizationId", "projectId", "createdAt", "startedAtZ", "completedAtZ", "createdAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_experiments; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_experiments (id, name, description, metadata, provenance, "runnerAttestation", "experimentSetId", "comparisonId", "variantId", "trialIndex", "datasetId", "datasetVersion", "targetType", "targetId", "scorerIds", status, "totalItems", "succeededCount", "failedCount", "skippedCount", "startedAt", "completedAt", "agentVersion", "organizationId", "projectId", "createdAt", "updatedAt", "startedAtZ", "completedAtZ", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_favorites; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_favorites ("userId", "entityType", "entityId", "createdAt", "createdAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_knowledge_activity; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_knowledge_activity (id, action, "recordType", "recordId", scope, "scopeKey", "sourceThreadId", "createdAt", "createdAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_knowledge_cursors; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_knowledge_cursors ("sourceThreadId", agent, "lastKnowledgeId", "updatedAt", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_knowledge_mentions; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_knowledge_mentions ("sourceType", "sourceId", "recordId") FROM stdin;
\.


--
-- Data for Name: mastra_knowledge_nodes; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_knowledge_nodes (id, type, name, "canonicalName", kind, content, description, scope, "scopeKey", version, "mergedInto", "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_knowledge_records; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_knowledge_records (id, node, text, scope, "scopeKey", "sourceThreadId", "capturedAt", "when", "maxScope", metadata, "deletedAt", "deletedBy", "capturedAtZ", "whenZ", "deletedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_knowledge_semantic_outbox; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_knowledge_semantic_outbox (id, "idempotencyKey", "documentId", "documentType", operation, scope, "scopeKey", status, attempts, "availableAt", "claimedAt", "claimedBy", "createdAt", "completedAt", "availableAtZ", "claimedAtZ", "createdAtZ", "completedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_mcp_client_versions; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_mcp_client_versions (id, "mcpClientId", "versionNumber", name, description, servers, "changedFields", "changeMessage", "createdAt", "createdAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_mcp_clients; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_mcp_clients (id, status, "activeVersionId", "authorId", metadata, "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_mcp_server_versions; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_mcp_server_versions (id, "mcpServerId", "versionNumber", name, version, description, instructions, repository, "releaseDate", "isLatest", "packageCanonical", tools, agents, workflows, "changedFields", "changeMessage", "createdAt", "createdAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_mcp_servers; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_mcp_servers (id, status, "activeVersionId", "authorId", metadata, "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_messages; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_messages (id, thread_id, content, role, type, "createdAt", "resourceId", "createdAtZ") FROM stdin;
mastra-msg-1-1	mastra-thread-1	{"format":2,"parts":[{"type":"text","text":"Where is my order A-1001?","createdAt":1736935201000}],"content":"Where is my order A-1001?"}	user	v2	2025-01-15 10:00:01	mastra-user-1	2025-01-15 10:00:01+00
mastra-msg-1-2	mastra-thread-1	{"format":2,"parts":[{"type":"step-start"},{"type":"reasoning","reasoning":"The user asks about an order; call lookupOrder.","details":[{"type":"text","text":"The user asks about an order; call lookupOrder."}]},{"type":"tool-invocation","toolInvocation":{"state":"result","step":0,"toolCallId":"call_lookup_1","toolName":"lookupOrder","args":{"orderId":"A-1001"},"result":{"status":"shipped","carrier":"DHL","eta":"2025-01-17"}}},{"type":"text","text":"Your order A-1001 has shipped with DHL and should arrive on 17 January."}],"toolInvocations":[{"state":"result","step":0,"toolCallId":"call_lookup_1","toolName":"lookupOrder","args":{"orderId":"A-1001"},"result":{"status":"shipped","carrier":"DHL","eta":"2025-01-17"}}],"content":"Your order A-1001 has shipped with DHL and should arrive on 17 January."}	assistant	v2	2025-01-15 10:00:03.456	mastra-user-1	2025-01-15 10:00:03.456+00
mastra-msg-1-3	mastra-thread-1	{"format":2,"parts":[{"type":"text","text":"Danke! 🙏 Ça marche — 日本語もOK 👍🏽 \\"quotes\\" \\\\ back\\nslash"}],"content":"Danke! 🙏 Ça marche — 日本語もOK 👍🏽 \\"quotes\\" \\\\ back\\nslash","metadata":{"client":"web","clientMessageId":"c-42"}}	user	v2	2025-01-15 10:01:00	mastra-user-1	2025-01-15 10:01:00+00
mastra-msg-1-4	mastra-thread-1	{"format":2,"parts":[{"type":"step-start"},{"type":"text","text":"You are welcome! 😊"}],"content":"You are welcome! 😊"}	assistant	v2	2025-01-15 10:01:02	mastra-user-1	2025-01-15 10:01:02+00
mastra-msg-2-1	mastra-thread-2	{"format":2,"parts":[{"type":"text","text":"Ich möchte eine Rückerstattung für Bestellung B-7."}],"content":"Ich möchte eine Rückerstattung für Bestellung B-7."}	user	v2	2025-01-16 08:00:01	mastra-user-2	2025-01-16 08:00:01+00
mastra-msg-2-2	mastra-thread-2	{"format":2,"parts":[{"type":"text","text":"Ich habe die Rückerstattung beantragt; sie muss noch genehmigt werden."}],"content":"Ich habe die Rückerstattung beantragt; sie muss noch genehmigt werden."}	assistant	v2	2025-01-16 08:00:05	mastra-user-2	2025-01-16 08:00:05+00
mastra-msg-2-3	mastra-thread-2	{"format":2,"parts":[{"type":"text","text":"Sie erhalten eine E-Mail, sobald sie genehmigt ist. ✉️"}],"content":"Sie erhalten eine E-Mail, sobald sie genehmigt ist. ✉️"}	assistant	v2	2025-01-16 08:00:05	mastra-user-2	2025-01-16 08:00:05+00
\.


--
-- Data for Name: mastra_notifications; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_notifications (id, "threadId", source, kind, priority, status, summary, payload, "resourceId", "agentId", "sourceId", "dedupeKey", "coalesceKey", "coalescedCount", attributes, "createdAt", "updatedAt", "deliveredAt", "seenAt", "dismissedAt", "archivedAt", "discardedAt", "deliverAt", "summaryAt", "deliveryReason", "deliveryAttempts", "lastDeliveryAttemptAt", "lastDeliveryError", "deliveredSignalId", "summarySignalId", metadata, "createdAtZ", "updatedAtZ", "deliveredAtZ", "seenAtZ", "dismissedAtZ", "archivedAtZ", "discardedAtZ", "deliverAtZ", "summaryAtZ", "lastDeliveryAttemptAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_observational_memory; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_observational_memory (id, "lookupKey", scope, "resourceId", "threadId", "activeObservations", "activeObservationsPendingUpdate", "originType", config, "generationCount", "lastObservedAt", "lastReflectionAt", "pendingMessageTokens", "totalTokensObserved", "observationTokenCount", "isObserving", "isReflecting", "observedMessageIds", "observedTimezone", "bufferedObservations", "bufferedObservationTokens", "bufferedMessageIds", "bufferedReflection", "bufferedReflectionTokens", "bufferedReflectionInputTokens", "reflectedObservationLineCount", "bufferedObservationChunks", "isBufferingObservation", "isBufferingReflection", "lastBufferedAtTokens", "lastBufferedAtTime", metadata, "createdAt", "updatedAt", "lastObservedAtZ", "lastReflectionAtZ", "lastBufferedAtTimeZ", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_prompt_block_versions; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_prompt_block_versions (id, "blockId", "versionNumber", name, description, content, rules, "requestContextSchema", "changedFields", "changeMessage", "createdAt", "createdAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_prompt_blocks; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_prompt_blocks (id, status, "activeVersionId", "authorId", metadata, "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_resources; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_resources (id, "workingMemory", metadata, "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
mastra-user-1	# User Profile\n- Name: Ada Lovelace\n- Preferred contact: email\n- Timezone: Europe/London\n	"{\\"plan\\":\\"pro\\",\\"locale\\":\\"en-GB\\",\\"tags\\":[\\"vip\\",\\"beta\\"],\\"seats\\":3}"	2025-01-15 09:00:00	2025-01-15 09:30:00.5	2025-01-15 09:00:00+00	2025-01-15 09:30:00.5+00
mastra-user-2	# Profil\n- Name: José Müller 🚀\n- Sprache: Deutsch\n	"{\\"plan\\":\\"free\\",\\"locale\\":\\"de-DE\\",\\"nested\\":{\\"a\\":1,\\"b\\":[true,null]}}"	2025-01-16 07:59:00	2025-01-16 07:59:00	2025-01-16 07:59:00+00	2025-01-16 07:59:00+00
\.


--
-- Data for Name: mastra_schedule_triggers; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_schedule_triggers (id, schedule_id, run_id, scheduled_fire_at, actual_fire_at, outcome, error, trigger_kind, parent_trigger_id, metadata) FROM stdin;
\.


--
-- Data for Name: mastra_schedules; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_schedules (id, target, cron, timezone, status, next_fire_at, last_fire_at, last_run_id, created_at, updated_at, metadata, owner_type, owner_id) FROM stdin;
\.


--
-- Data for Name: mastra_scorer_definition_versions; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_scorer_definition_versions (id, "scorerDefinitionId", "versionNumber", name, description, type, model, instructions, "scoreRange", "presetConfig", "defaultSampling", "changedFields", "changeMessage", "createdAt", "createdAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_scorer_definitions; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_scorer_definitions (id, status, "activeVersionId", "authorId", "organizationId", "projectId", metadata, "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_scorers; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_scorers (id, "scorerId", "traceId", "spanId", "runId", scorer, "preprocessStepResult", "extractStepResult", "analyzeStepResult", score, reason, metadata, "preprocessPrompt", "extractPrompt", "generateScorePrompt", "generateReasonPrompt", "analyzePrompt", "reasonPrompt", input, output, "additionalContext", "requestContext", "entityType", entity, "entityId", source, "resourceId", "threadId", "organizationId", "projectId", "batchId", "datasetId", "datasetItemId", "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_skill_blobs; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_skill_blobs (hash, content, size, "mimeType", "createdAt", "createdAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_skill_versions; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_skill_versions (id, "skillId", "versionNumber", name, description, instructions, license, compatibility, source, "references", scripts, assets, files, metadata, tree, "changedFields", "changeMessage", "createdAt", "createdAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_skills; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_skills (id, status, "activeVersionId", "authorId", visibility, "favoriteCount", "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_thread_state; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_thread_state ("threadId", type, value, "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_threads; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_threads (id, "resourceId", title, metadata, "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
mastra-thread-3	mastra-user-1	Thread without metadata	\N	2025-01-17 12:00:00	2025-01-17 12:00:00	2025-01-17 12:00:00+00	2025-01-17 12:00:00+00
mastra-thread-1	mastra-user-1	Order status – where is my parcel? 📦	{"labels": ["orders"], "channel": "web", "priority": 2}	2025-01-15 10:00:00	2026-11-22 02:11:26.305	2025-01-15 10:00:00+00	2026-11-22 02:11:26.305+00
mastra-thread-2	mastra-user-2	Rückerstattung	{"channel": "email"}	2025-01-16 08:00:00.25	2026-11-22 02:11:26.309	2025-01-16 08:00:00.25+00	2026-11-22 02:11:26.309+00
\.


--
-- Data for Name: mastra_tool_provider_connections; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_tool_provider_connections ("authorId", "providerId", "connectionId", toolkit, label, scope, "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_workflow_definitions; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_workflow_definitions (id, description, metadata, "inputSchema", "outputSchema", "stateSchema", "requestContextSchema", graph, schedule, status, source, "authorId", "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_workflow_snapshot; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_workflow_snapshot (workflow_name, run_id, "resourceId", snapshot, "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
refund-approval	mastra-run-refund-1	mastra-user-2	{"runId": "mastra-run-refund-1", "value": {}, "status": "suspended", "context": {"input": {"amount": 49.9, "orderId": "B-7"}, "ask-approval": {"status": "suspended", "payload": {"amount": 49.9, "orderId": "B-7"}, "startedAt": 1795313486319, "suspendedAt": 1795313486322, "suspendPayload": {"reason": "refund of 49.9 EUR needs approval"}}}, "timestamp": 1795313486323, "activePaths": [0], "resumeLabels": {}, "waitingPaths": {}, "requestContext": {}, "suspendedPaths": {"ask-approval": [0]}, "tracingContext": {}, "activeStepsPath": {}, "stepExecutionPath": ["ask-approval"], "serializedStepGraph": [{"step": {"id": "ask-approval", "canSuspend": true}, "type": "step"}]}	2026-11-22 02:11:26.314	2026-11-22 02:11:26.323	2026-11-22 02:11:26.314+00	2026-11-22 02:11:26.323+00
order-lookup	mastra-run-lookup-1	mastra-user-1	{"runId": "mastra-run-lookup-1", "value": {}, "result": {"reply": "Order A-1001 is shipped 🚚"}, "status": "success", "context": {"input": {"orderId": "A-1001"}, "fetch-order": {"output": {"status": "shipped", "orderId": "A-1001"}, "status": "success", "endedAt": 1795313486327, "payload": {"orderId": "A-1001"}, "startedAt": 1795313486326}, "format-reply": {"output": {"reply": "Order A-1001 is shipped 🚚"}, "status": "success", "endedAt": 1795313486329, "payload": {"status": "shipped", "orderId": "A-1001"}, "startedAt": 1795313486328}}, "timestamp": 1795313486330, "activePaths": [1], "resumeLabels": {}, "waitingPaths": {}, "requestContext": {}, "suspendedPaths": {}, "activeStepsPath": {}, "stepExecutionPath": ["fetch-order", "format-reply"], "serializedStepGraph": [{"step": {"id": "fetch-order", "canSuspend": false}, "type": "step"}, {"step": {"id": "format-reply", "canSuspend": false}, "type": "step"}]}	2026-11-22 02:11:26.325	2026-11-22 02:11:26.33	2026-11-22 02:11:26.325+00	2026-11-22 02:11:26.33+00
\.


--
-- Data for Name: mastra_workspace_versions; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_workspace_versions (id, "workspaceId", "versionNumber", name, description, filesystem, sandbox, mounts, search, skills, tools, "autoSync", "operationTimeout", "changedFields", "changeMessage", "createdAt", "createdAtZ") FROM stdin;
\.


--
-- Data for Name: mastra_workspaces; Type: TABLE DATA; Schema: mastra_ref; Owner: -
--

COPY mastra_ref.mastra_workspaces (id, status, "activeVersionId", "authorId", metadata, "createdAt", "updatedAt", "createdAtZ", "updatedAtZ") FROM stdin;
\.


--
-- Name: mastra_agent_versions mastra_agent_versions_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_agent_versions
    ADD CONSTRAINT mastra_agent_versions_pkey PRIMARY KEY (id);


--
-- Name: mastra_agents mastra_agents_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_agents
    ADD CONSTRAINT mastra_agents_pkey PRIMARY KEY (id);


--
-- Name: mastra_background_tasks mastra_background_tasks_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_background_tasks
    ADD CONSTRAINT mastra_background_tasks_pkey PRIMARY KEY (id);


--
-- Name: mastra_channel_config mastra_channel_config_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_channel_config
    ADD CONSTRAINT mastra_channel_config_pkey PRIMARY KEY (platform);


--
-- Name: mastra_channel_installations mastra_channel_installations_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_channel_installations
    ADD CONSTRAINT mastra_channel_installations_pkey PRIMARY KEY (id);


--
-- Name: mastra_dataset_items mastra_dataset_items_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_dataset_items
    ADD CONSTRAINT mastra_dataset_items_pkey PRIMARY KEY (id, "datasetVersion");


--
-- Name: mastra_dataset_versions mastra_dataset_versions_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_dataset_versions
    ADD CONSTRAINT mastra_dataset_versions_pkey PRIMARY KEY (id);


--
-- Name: mastra_datasets mastra_datasets_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_datasets
    ADD CONSTRAINT mastra_datasets_pkey PRIMARY KEY (id);


--
-- Name: mastra_experiment_results mastra_experiment_results_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_experiment_results
    ADD CONSTRAINT mastra_experiment_results_pkey PRIMARY KEY (id);


--
-- Name: mastra_experiments mastra_experiments_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_experiments
    ADD CONSTRAINT mastra_experiments_pkey PRIMARY KEY (id);


--
-- Name: mastra_favorites mastra_favorites_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_favorites
    ADD CONSTRAINT mastra_favorites_pkey PRIMARY KEY ("userId", "entityType", "entityId");


--
-- Name: mastra_knowledge_activity mastra_knowledge_activity_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_knowledge_activity
    ADD CONSTRAINT mastra_knowledge_activity_pkey PRIMARY KEY (id);


--
-- Name: mastra_knowledge_cursors mastra_knowledge_cursors_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_knowledge_cursors
    ADD CONSTRAINT mastra_knowledge_cursors_pkey PRIMARY KEY ("sourceThreadId", agent);


--
-- Name: mastra_knowledge_mentions mastra_knowledge_mentions_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_knowledge_mentions
    ADD CONSTRAINT mastra_knowledge_mentions_pkey PRIMARY KEY ("sourceType", "sourceId", "recordId");


--
-- Name: mastra_knowledge_nodes mastra_knowledge_nodes_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_knowledge_nodes
    ADD CONSTRAINT mastra_knowledge_nodes_pkey PRIMARY KEY (id);


--
-- Name: mastra_knowledge_records mastra_knowledge_records_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_knowledge_records
    ADD CONSTRAINT mastra_knowledge_records_pkey PRIMARY KEY (id);


--
-- Name: mastra_knowledge_semantic_outbox mastra_knowledge_semantic_outbox_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_knowledge_semantic_outbox
    ADD CONSTRAINT mastra_knowledge_semantic_outbox_pkey PRIMARY KEY (id);


--
-- Name: mastra_mcp_client_versions mastra_mcp_client_versions_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_mcp_client_versions
    ADD CONSTRAINT mastra_mcp_client_versions_pkey PRIMARY KEY (id);


--
-- Name: mastra_mcp_clients mastra_mcp_clients_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_mcp_clients
    ADD CONSTRAINT mastra_mcp_clients_pkey PRIMARY KEY (id);


--
-- Name: mastra_mcp_server_versions mastra_mcp_server_versions_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_mcp_server_versions
    ADD CONSTRAINT mastra_mcp_server_versions_pkey PRIMARY KEY (id);


--
-- Name: mastra_mcp_servers mastra_mcp_servers_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_mcp_servers
    ADD CONSTRAINT mastra_mcp_servers_pkey PRIMARY KEY (id);


--
-- Name: mastra_messages mastra_messages_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_messages
    ADD CONSTRAINT mastra_messages_pkey PRIMARY KEY (id);


--
-- Name: mastra_observational_memory mastra_observational_memory_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_observational_memory
    ADD CONSTRAINT mastra_observational_memory_pkey PRIMARY KEY (id);


--
-- Name: mastra_prompt_block_versions mastra_prompt_block_versions_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_prompt_block_versions
    ADD CONSTRAINT mastra_prompt_block_versions_pkey PRIMARY KEY (id);


--
-- Name: mastra_prompt_blocks mastra_prompt_blocks_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_prompt_blocks
    ADD CONSTRAINT mastra_prompt_blocks_pkey PRIMARY KEY (id);


--
-- Name: mastra_ai_spans mastra_ref_mastra_ai_spans_traceid_spanid_pk; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_ai_spans
    ADD CONSTRAINT mastra_ref_mastra_ai_spans_traceid_spanid_pk PRIMARY KEY ("traceId", "spanId");


--
-- Name: mastra_workflow_snapshot mastra_ref_mastra_workflow_snapshot_workflow_name_run_id_key; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_workflow_snapshot
    ADD CONSTRAINT mastra_ref_mastra_workflow_snapshot_workflow_name_run_id_key UNIQUE (workflow_name, run_id);

ALTER TABLE ONLY mastra_ref.mastra_workflow_snapshot REPLICA IDENTITY USING INDEX mastra_ref_mastra_workflow_snapshot_workflow_name_run_id_key;


--
-- Name: mastra_resources mastra_resources_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_resources
    ADD CONSTRAINT mastra_resources_pkey PRIMARY KEY (id);


--
-- Name: mastra_schedule_triggers mastra_schedule_triggers_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_schedule_triggers
    ADD CONSTRAINT mastra_schedule_triggers_pkey PRIMARY KEY (id);


--
-- Name: mastra_schedules mastra_schedules_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_schedules
    ADD CONSTRAINT mastra_schedules_pkey PRIMARY KEY (id);


--
-- Name: mastra_scorer_definition_versions mastra_scorer_definition_versions_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_scorer_definition_versions
    ADD CONSTRAINT mastra_scorer_definition_versions_pkey PRIMARY KEY (id);


--
-- Name: mastra_scorer_definitions mastra_scorer_definitions_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_scorer_definitions
    ADD CONSTRAINT mastra_scorer_definitions_pkey PRIMARY KEY (id);


--
-- Name: mastra_scorers mastra_scorers_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_scorers
    ADD CONSTRAINT mastra_scorers_pkey PRIMARY KEY (id);


--
-- Name: mastra_skill_blobs mastra_skill_blobs_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_skill_blobs
    ADD CONSTRAINT mastra_skill_blobs_pkey PRIMARY KEY (hash);


--
-- Name: mastra_skill_versions mastra_skill_versions_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_skill_versions
    ADD CONSTRAINT mastra_skill_versions_pkey PRIMARY KEY (id);


--
-- Name: mastra_skills mastra_skills_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_skills
    ADD CONSTRAINT mastra_skills_pkey PRIMARY KEY (id);


--
-- Name: mastra_thread_state mastra_thread_state_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_thread_state
    ADD CONSTRAINT mastra_thread_state_pkey PRIMARY KEY ("threadId", type);


--
-- Name: mastra_threads mastra_threads_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_threads
    ADD CONSTRAINT mastra_threads_pkey PRIMARY KEY (id);


--
-- Name: mastra_tool_provider_connections mastra_tool_provider_connections_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_tool_provider_connections
    ADD CONSTRAINT mastra_tool_provider_connections_pkey PRIMARY KEY ("authorId", "providerId", "connectionId");


--
-- Name: mastra_workflow_definitions mastra_workflow_definitions_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_workflow_definitions
    ADD CONSTRAINT mastra_workflow_definitions_pkey PRIMARY KEY (id);


--
-- Name: mastra_workspace_versions mastra_workspace_versions_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_workspace_versions
    ADD CONSTRAINT mastra_workspace_versions_pkey PRIMARY KEY (id);


--
-- Name: mastra_workspaces mastra_workspaces_pkey; Type: CONSTRAINT; Schema: mastra_ref; Owner: -
--

ALTER TABLE ONLY mastra_ref.mastra_workspaces
    ADD CONSTRAINT mastra_workspaces_pkey PRIMARY KEY (id);


--
-- Name: idx_dataset_items_dataset_validto; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_dataset_items_dataset_validto ON mastra_ref.mastra_dataset_items USING btree ("datasetId", "validTo");


--
-- Name: idx_dataset_items_dataset_validto_deleted; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_dataset_items_dataset_validto_deleted ON mastra_ref.mastra_dataset_items USING btree ("datasetId", "validTo", "isDeleted");


--
-- Name: idx_dataset_items_dataset_version; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_dataset_items_dataset_version ON mastra_ref.mastra_dataset_items USING btree ("datasetId", "datasetVersion");


--
-- Name: idx_dataset_items_external_id_history; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_dataset_items_external_id_history ON mastra_ref.mastra_dataset_items USING btree ("datasetId", "externalId", "datasetVersion");


--
-- Name: idx_dataset_items_org_project; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_dataset_items_org_project ON mastra_ref.mastra_dataset_items USING btree ("organizationId", "projectId");


--
-- Name: idx_dataset_versions_dataset_version; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_dataset_versions_dataset_version ON mastra_ref.mastra_dataset_versions USING btree ("datasetId", version);


--
-- Name: idx_dataset_versions_dataset_version_unique; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE UNIQUE INDEX idx_dataset_versions_dataset_version_unique ON mastra_ref.mastra_dataset_versions USING btree ("datasetId", version);


--
-- Name: idx_datasets_candidate; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_datasets_candidate ON mastra_ref.mastra_datasets USING btree ("candidateKey", "candidateId");


--
-- Name: idx_datasets_org_project; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_datasets_org_project ON mastra_ref.mastra_datasets USING btree ("organizationId", "projectId");


--
-- Name: idx_experiment_results_exp_item_attempt; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE UNIQUE INDEX idx_experiment_results_exp_item_attempt ON mastra_ref.mastra_experiment_results USING btree ("experimentId", "itemId", attempt);


--
-- Name: idx_experiment_results_experimentid; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_experiment_results_experimentid ON mastra_ref.mastra_experiment_results USING btree ("experimentId");


--
-- Name: idx_experiment_results_org_project; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_experiment_results_org_project ON mastra_ref.mastra_experiment_results USING btree ("organizationId", "projectId");


--
-- Name: idx_experiment_results_tags_gin; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_experiment_results_tags_gin ON mastra_ref.mastra_experiment_results USING gin (tags);


--
-- Name: idx_experiments_datasetid; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_experiments_datasetid ON mastra_ref.mastra_experiments USING btree ("datasetId");


--
-- Name: idx_experiments_grouping; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_experiments_grouping ON mastra_ref.mastra_experiments USING btree ("experimentSetId", "comparisonId", "variantId", "trialIndex");


--
-- Name: idx_experiments_org_project; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_experiments_org_project ON mastra_ref.mastra_experiments USING btree ("organizationId", "projectId");


--
-- Name: idx_favorites_entity; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_favorites_entity ON mastra_ref.mastra_favorites USING btree ("entityType", "entityId");


--
-- Name: idx_knowledge_activity_latest; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_knowledge_activity_latest ON mastra_ref.mastra_knowledge_activity USING btree (id DESC);


--
-- Name: idx_knowledge_mentions_record; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_knowledge_mentions_record ON mastra_ref.mastra_knowledge_mentions USING btree ("recordId", "sourceType", "sourceId");


--
-- Name: idx_knowledge_nodes_identity; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE UNIQUE INDEX idx_knowledge_nodes_identity ON mastra_ref.mastra_knowledge_nodes USING btree (type, "scopeKey", "canonicalName");


--
-- Name: idx_knowledge_nodes_scope; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_knowledge_nodes_scope ON mastra_ref.mastra_knowledge_nodes USING btree ("scopeKey", type);


--
-- Name: idx_knowledge_outbox_claim; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_knowledge_outbox_claim ON mastra_ref.mastra_knowledge_semantic_outbox USING btree (status, "availableAt", "createdAt");


--
-- Name: idx_knowledge_outbox_idempotency; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE UNIQUE INDEX idx_knowledge_outbox_idempotency ON mastra_ref.mastra_knowledge_semantic_outbox USING btree ("idempotencyKey");


--
-- Name: idx_knowledge_records_node_latest; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_knowledge_records_node_latest ON mastra_ref.mastra_knowledge_records USING btree (node, id DESC);


--
-- Name: idx_knowledge_records_thread_latest; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_knowledge_records_thread_latest ON mastra_ref.mastra_knowledge_records USING btree ("sourceThreadId", id DESC);


--
-- Name: idx_om_lookup_key; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX idx_om_lookup_key ON mastra_ref.mastra_observational_memory USING btree ("lookupKey");


--
-- Name: mastra_ref_idx_channel_installations_platform_agent; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_idx_channel_installations_platform_agent ON mastra_ref.mastra_channel_installations USING btree (platform, "agentId");


--
-- Name: mastra_ref_idx_channel_installations_webhook; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE UNIQUE INDEX mastra_ref_idx_channel_installations_webhook ON mastra_ref.mastra_channel_installations USING btree ("webhookId");


--
-- Name: mastra_ref_idx_mastra_schedule_triggers_schedule_fire; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_idx_mastra_schedule_triggers_schedule_fire ON mastra_ref.mastra_schedule_triggers USING btree (schedule_id, actual_fire_at DESC);


--
-- Name: mastra_ref_idx_mastra_schedules_status_next_fire; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_idx_mastra_schedules_status_next_fire ON mastra_ref.mastra_schedules USING btree (status, next_fire_at);


--
-- Name: mastra_ref_idx_mcp_client_versions_client_version; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE UNIQUE INDEX mastra_ref_idx_mcp_client_versions_client_version ON mastra_ref.mastra_mcp_client_versions USING btree ("mcpClientId", "versionNumber");


--
-- Name: mastra_ref_idx_mcp_server_versions_server_version; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE UNIQUE INDEX mastra_ref_idx_mcp_server_versions_server_version ON mastra_ref.mastra_mcp_server_versions USING btree ("mcpServerId", "versionNumber");


--
-- Name: mastra_ref_idx_notifications_coalescing; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_idx_notifications_coalescing ON mastra_ref.mastra_notifications USING btree ("threadId", source, kind, status, "agentId", "resourceId", "dedupeKey", "coalesceKey");


--
-- Name: mastra_ref_idx_notifications_due; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_idx_notifications_due ON mastra_ref.mastra_notifications USING btree (status, "deliverAt", "summaryAt");


--
-- Name: mastra_ref_idx_notifications_thread_status_updated; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_idx_notifications_thread_status_updated ON mastra_ref.mastra_notifications USING btree ("threadId", status, "updatedAt");


--
-- Name: mastra_ref_idx_prompt_block_versions_block_version; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE UNIQUE INDEX mastra_ref_idx_prompt_block_versions_block_version ON mastra_ref.mastra_prompt_block_versions USING btree ("blockId", "versionNumber");


--
-- Name: mastra_ref_idx_scorer_definition_versions_def_version; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE UNIQUE INDEX mastra_ref_idx_scorer_definition_versions_def_version ON mastra_ref.mastra_scorer_definition_versions USING btree ("scorerDefinitionId", "versionNumber");


--
-- Name: mastra_ref_idx_skill_versions_skill_version; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE UNIQUE INDEX mastra_ref_idx_skill_versions_skill_version ON mastra_ref.mastra_skill_versions USING btree ("skillId", "versionNumber");


--
-- Name: mastra_ref_idx_tool_provider_connections_author; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_idx_tool_provider_connections_author ON mastra_ref.mastra_tool_provider_connections USING btree ("authorId", "providerId", toolkit);


--
-- Name: mastra_ref_idx_workflow_definitions_status; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_idx_workflow_definitions_status ON mastra_ref.mastra_workflow_definitions USING btree (status);


--
-- Name: mastra_ref_idx_workspace_versions_workspace_version; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE UNIQUE INDEX mastra_ref_idx_workspace_versions_workspace_version ON mastra_ref.mastra_workspace_versions USING btree ("workspaceId", "versionNumber");


--
-- Name: mastra_ref_mastra_ai_spans_entitytype_entityid_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_ai_spans_entitytype_entityid_idx ON mastra_ref.mastra_ai_spans USING btree ("entityType", "entityId");


--
-- Name: mastra_ref_mastra_ai_spans_entitytype_entityname_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_ai_spans_entitytype_entityname_idx ON mastra_ref.mastra_ai_spans USING btree ("entityType", "entityName");


--
-- Name: mastra_ref_mastra_ai_spans_metadata_gin_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_ai_spans_metadata_gin_idx ON mastra_ref.mastra_ai_spans USING gin (metadata);


--
-- Name: mastra_ref_mastra_ai_spans_name_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_ai_spans_name_idx ON mastra_ref.mastra_ai_spans USING btree (name);


--
-- Name: mastra_ref_mastra_ai_spans_orgid_userid_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_ai_spans_orgid_userid_idx ON mastra_ref.mastra_ai_spans USING btree ("organizationId", "userId");


--
-- Name: mastra_ref_mastra_ai_spans_parentspanid_startedat_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_ai_spans_parentspanid_startedat_idx ON mastra_ref.mastra_ai_spans USING btree ("parentSpanId", "startedAt" DESC);


--
-- Name: mastra_ref_mastra_ai_spans_root_spans_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_ai_spans_root_spans_idx ON mastra_ref.mastra_ai_spans USING btree ("startedAt" DESC) WHERE ("parentSpanId" IS NULL);


--
-- Name: mastra_ref_mastra_ai_spans_spantype_startedat_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_ai_spans_spantype_startedat_idx ON mastra_ref.mastra_ai_spans USING btree ("spanType", "startedAt" DESC);


--
-- Name: mastra_ref_mastra_ai_spans_tags_gin_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_ai_spans_tags_gin_idx ON mastra_ref.mastra_ai_spans USING gin (tags);


--
-- Name: mastra_ref_mastra_ai_spans_traceid_startedat_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_ai_spans_traceid_startedat_idx ON mastra_ref.mastra_ai_spans USING btree ("traceId", "startedAt" DESC);


--
-- Name: mastra_ref_mastra_bg_tasks_agent_status_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_bg_tasks_agent_status_idx ON mastra_ref.mastra_background_tasks USING btree (agent_id, status);


--
-- Name: mastra_ref_mastra_bg_tasks_status_created_at_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_bg_tasks_status_created_at_idx ON mastra_ref.mastra_background_tasks USING btree (status, "createdAt");


--
-- Name: mastra_ref_mastra_bg_tasks_thread_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_bg_tasks_thread_idx ON mastra_ref.mastra_background_tasks USING btree (thread_id, "createdAt");


--
-- Name: mastra_ref_mastra_bg_tasks_tool_call_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_bg_tasks_tool_call_idx ON mastra_ref.mastra_background_tasks USING btree (tool_call_id);


--
-- Name: mastra_ref_mastra_messages_thread_id_createdat_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_messages_thread_id_createdat_idx ON mastra_ref.mastra_messages USING btree (thread_id, "createdAt" DESC);


--
-- Name: mastra_ref_mastra_scores_trace_id_span_id_created_at_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_scores_trace_id_span_id_created_at_idx ON mastra_ref.mastra_scorers USING btree ("traceId", "spanId", "createdAt" DESC);


--
-- Name: mastra_ref_mastra_threads_resourceid_createdat_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_threads_resourceid_createdat_idx ON mastra_ref.mastra_threads USING btree ("resourceId", "createdAt" DESC);


--
-- Name: mastra_ref_mastra_workflow_snapshot_name_createdat_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_workflow_snapshot_name_createdat_idx ON mastra_ref.mastra_workflow_snapshot USING btree (workflow_name, "createdAt" DESC);


--
-- Name: mastra_ref_mastra_workflow_snapshot_name_status_createdat_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_workflow_snapshot_name_status_createdat_idx ON mastra_ref.mastra_workflow_snapshot USING btree (workflow_name, ((snapshot ->> 'status'::text)), "createdAt" DESC);


--
-- Name: mastra_ref_mastra_workflow_snapshot_threadid_idx; Type: INDEX; Schema: mastra_ref; Owner: -
--

CREATE INDEX mastra_ref_mastra_workflow_snapshot_threadid_idx ON mastra_ref.mastra_workflow_snapshot USING btree (COALESCE((jsonb_path_query_first(snapshot, '$."context".*?(@."status" == "suspended")."suspendPayload"."__streamState"."messageList"."memoryInfo"."threadId"'::jsonpath) #>> '{}'::text[]), (snapshot #>> '{context,input,messageListState,memoryInfo,threadId}'::text[])));


--
-- Name: mastra_ai_spans mastra_ai_spans_timestamps; Type: TRIGGER; Schema: mastra_ref; Owner: -
--

CREATE TRIGGER mastra_ai_spans_timestamps BEFORE INSERT OR UPDATE ON mastra_ref.mastra_ai_spans FOR EACH ROW EXECUTE FUNCTION mastra_ref.trigger_set_timestamps();


--
-- PostgreSQL database dump complete
--

\unrestrict 2xVq3HYlDshtSdtTIvAH3sN6WivIF0VLm2phBZAlm3rQo0zPReo9qSgy1b5MdtV

