#!/usr/bin/env node
// write-sample.mjs — write a realistic sample with Mastra's OWN storage API (Mastra -> AgentStore direction).
//
// Usage:
//   node write-sample.mjs 'postgresql://postgres@127.0.0.1:5432/test?schema=mastra_ref'
//   node write-sample.mjs postgresql://postgres@127.0.0.1:5432/test --schema mastra_ref
//   node write-sample.mjs file:./mastra-ref.db
//
// Writes (fixed ids, prefix `mastra-`):
//   - 2 resources with working memory + metadata (saveResource; updateResource if it already exists)
//   - 3 threads: 2 with metadata, 1 without metadata (saveThread)
//   - 7 messages in Mastra v2 format (saveMessages): user text, assistant with step-start +
//     reasoning + tool-invocation + text parts, unicode/emoji, content.metadata, two messages
//     with the same createdAt
//   - 2 workflow runs produced by really running Mastra workflows (createWorkflow/createStep):
//     `refund-approval` ends `suspended`, `order-lookup` ends `success`
// Then prints a JSON summary (read back through Mastra). Safe to re-run on the same database.
import { Mastra } from '@mastra/core';
import { createWorkflow, createStep } from '@mastra/core/workflows';
import { z } from 'zod';
import { openStore, parseArgs, maskUrl } from './store.mjs';

const USAGE = 'usage: node write-sample.mjs <postgresql://...[?schema=S] | file:/path.db> [--schema S]';
const { url, schema: schemaArg } = parseArgs(USAGE);
const { store, kind, schema, memory, workflows } = await openStore(url, schemaArg);

const T = (iso) => new Date(iso);
const ms = (iso) => Date.parse(iso); // part-level createdAt is epoch millis in Mastra

// ---------- resources ----------
const resources = [
  {
    id: 'mastra-user-1',
    workingMemory: '# User Profile\n- Name: Ada Lovelace\n- Preferred contact: email\n- Timezone: Europe/London\n',
    metadata: { plan: 'pro', locale: 'en-GB', tags: ['vip', 'beta'], seats: 3 },
    createdAt: T('2025-01-15T09:00:00.000Z'),
    updatedAt: T('2025-01-15T09:30:00.500Z'),
  },
  {
    id: 'mastra-user-2',
    workingMemory: '# Profil\n- Name: José Müller 🚀\n- Sprache: Deutsch\n',
    metadata: { plan: 'free', locale: 'de-DE', nested: { a: 1, b: [true, null] } },
    createdAt: T('2025-01-16T07:59:00.000Z'),
    updatedAt: T('2025-01-16T07:59:00.000Z'),
  },
];
for (const r of resources) {
  if (await memory.getResourceById({ resourceId: r.id })) {
    await memory.updateResource({ resourceId: r.id, workingMemory: r.workingMemory, metadata: r.metadata });
  } else {
    await memory.saveResource({ resource: r });
  }
}

// ---------- threads ----------
const threads = [
  {
    id: 'mastra-thread-1', resourceId: 'mastra-user-1', title: 'Order status – where is my parcel? 📦',
    metadata: { channel: 'web', priority: 2, labels: ['orders'] },
    createdAt: T('2025-01-15T10:00:00.000Z'), updatedAt: T('2025-01-15T10:00:00.000Z'),
  },
  {
    id: 'mastra-thread-2', resourceId: 'mastra-user-2', title: 'Rückerstattung',
    metadata: { channel: 'email' },
    createdAt: T('2025-01-16T08:00:00.250Z'), updatedAt: T('2025-01-16T08:00:00.250Z'),
  },
  {
    id: 'mastra-thread-3', resourceId: 'mastra-user-1', title: 'Thread without metadata',
    createdAt: T('2025-01-17T12:00:00.000Z'), updatedAt: T('2025-01-17T12:00:00.000Z'),
  },
];
for (const thread of threads) await memory.saveThread({ thread });

// ---------- messages (Mastra v2 content: { format: 2, parts: [...], content?, ... }) ----------
const msg = (id, threadId, resourceId, role, createdAt, content) =>
  ({ id, threadId, resourceId, role, type: 'v2', createdAt: T(createdAt), content: { format: 2, ...content } });

const thread1 = [
  msg('mastra-msg-1-1', 'mastra-thread-1', 'mastra-user-1', 'user', '2025-01-15T10:00:01.000Z', {
    parts: [{ type: 'text', text: 'Where is my order A-1001?', createdAt: ms('2025-01-15T10:00:01.000Z') }],
    content: 'Where is my order A-1001?',
  }),
  msg('mastra-msg-1-2', 'mastra-thread-1', 'mastra-user-1', 'assistant', '2025-01-15T10:00:03.456Z', {
    parts: [
      { type: 'step-start' },
      {
        type: 'reasoning', reasoning: 'The user asks about an order; call lookupOrder.',
        details: [{ type: 'text', text: 'The user asks about an order; call lookupOrder.' }],
      },
      {
        type: 'tool-invocation',
        toolInvocation: {
          state: 'result', step: 0, toolCallId: 'call_lookup_1', toolName: 'lookupOrder',
          args: { orderId: 'A-1001' },
          result: { status: 'shipped', carrier: 'DHL', eta: '2025-01-17' },
        },
      },
      { type: 'text', text: 'Your order A-1001 has shipped with DHL and should arrive on 17 January.' },
    ],
    toolInvocations: [{
      state: 'result', step: 0, toolCallId: 'call_lookup_1', toolName: 'lookupOrder',
      args: { orderId: 'A-1001' }, result: { status: 'shipped', carrier: 'DHL', eta: '2025-01-17' },
    }],
    content: 'Your order A-1001 has shipped with DHL and should arrive on 17 January.',
  }),
  msg('mastra-msg-1-3', 'mastra-thread-1', 'mastra-user-1', 'user', '2025-01-15T10:01:00.000Z', {
    parts: [{ type: 'text', text: 'Danke! 🙏 Ça marche — 日本語もOK 👍🏽 "quotes" \\ back\nslash' }],
    content: 'Danke! 🙏 Ça marche — 日本語もOK 👍🏽 "quotes" \\ back\nslash',
    metadata: { client: 'web', clientMessageId: 'c-42' },
  }),
  msg('mastra-msg-1-4', 'mastra-thread-1', 'mastra-user-1', 'assistant', '2025-01-15T10:01:02.000Z', {
    parts: [{ type: 'step-start' }, { type: 'text', text: 'You are welcome! 😊' }],
    content: 'You are welcome! 😊',
  }),
];
const thread2 = [
  msg('mastra-msg-2-1', 'mastra-thread-2', 'mastra-user-2', 'user', '2025-01-16T08:00:01.000Z', {
    parts: [{ type: 'text', text: 'Ich möchte eine Rückerstattung für Bestellung B-7.' }],
    content: 'Ich möchte eine Rückerstattung für Bestellung B-7.',
  }),
  // two messages with the same createdAt: Mastra breaks the tie by id
  msg('mastra-msg-2-2', 'mastra-thread-2', 'mastra-user-2', 'assistant', '2025-01-16T08:00:05.000Z', {
    parts: [{ type: 'text', text: 'Ich habe die Rückerstattung beantragt; sie muss noch genehmigt werden.' }],
    content: 'Ich habe die Rückerstattung beantragt; sie muss noch genehmigt werden.',
  }),
  msg('mastra-msg-2-3', 'mastra-thread-2', 'mastra-user-2', 'assistant', '2025-01-16T08:00:05.000Z', {
    parts: [{ type: 'text', text: 'Sie erhalten eine E-Mail, sobald sie genehmigt ist. ✉️' }],
    content: 'Sie erhalten eine E-Mail, sobald sie genehmigt ist. ✉️',
  }),
];
await memory.saveMessages({ messages: thread1 });
await memory.saveMessages({ messages: thread2 });

// ---------- workflows: run real Mastra workflows so the snapshots are genuine ----------
const askApproval = createStep({
  id: 'ask-approval',
  inputSchema: z.object({ orderId: z.string(), amount: z.number() }),
  outputSchema: z.object({ approved: z.boolean() }),
  suspendSchema: z.object({ reason: z.string() }),
  resumeSchema: z.object({ approved: z.boolean() }),
  execute: async ({ inputData, resumeData, suspend }) => {
    if (!resumeData) return await suspend({ reason: `refund of ${inputData.amount} EUR needs approval` });
    return { approved: resumeData.approved };
  },
});
const refundApproval = createWorkflow({
  id: 'refund-approval',
  inputSchema: z.object({ orderId: z.string(), amount: z.number() }),
  outputSchema: z.object({ approved: z.boolean() }),
}).then(askApproval).commit();

const fetchOrder = createStep({
  id: 'fetch-order',
  inputSchema: z.object({ orderId: z.string() }),
  outputSchema: z.object({ orderId: z.string(), status: z.string() }),
  execute: async ({ inputData }) => ({ orderId: inputData.orderId, status: 'shipped' }),
});
const formatReply = createStep({
  id: 'format-reply',
  inputSchema: z.object({ orderId: z.string(), status: z.string() }),
  outputSchema: z.object({ reply: z.string() }),
  execute: async ({ inputData }) => ({ reply: `Order ${inputData.orderId} is ${inputData.status} 🚚` }),
});
const orderLookup = createWorkflow({
  id: 'order-lookup',
  inputSchema: z.object({ orderId: z.string() }),
  outputSchema: z.object({ reply: z.string() }),
}).then(fetchOrder).then(formatReply).commit();

const mastra = new Mastra({ storage: store, workflows: { refundApproval, orderLookup }, logger: false });
const runs = [
  { key: 'refundApproval', name: 'refund-approval', runId: 'mastra-run-refund-1', resourceId: 'mastra-user-2', input: { orderId: 'B-7', amount: 49.9 } },
  { key: 'orderLookup', name: 'order-lookup', runId: 'mastra-run-lookup-1', resourceId: 'mastra-user-1', input: { orderId: 'A-1001' } },
];
for (const r of runs) {
  await workflows.deleteWorkflowRunById({ workflowName: r.name, runId: r.runId }); // re-runnable
  const run = await mastra.getWorkflow(r.key).createRun({ runId: r.runId, resourceId: r.resourceId });
  const result = await run.start({ inputData: r.input });
  r.finalStatus = result.status;
}

// ---------- summary (read back through Mastra) ----------
const summary = {
  url: maskUrl(url), kind, schema,
  resources: resources.map((r) => r.id),
  threads: {},
  workflowRuns: [],
};
for (const t of threads) {
  const { messages } = await memory.listMessages({ threadId: t.id, perPage: false });
  summary.threads[t.id] = { resourceId: t.resourceId, messages: messages.map((m) => m.id) };
}
for (const r of runs) {
  const snap = await workflows.loadWorkflowSnapshot({ workflowName: r.name, runId: r.runId });
  summary.workflowRuns.push({ workflowName: r.name, runId: r.runId, resourceId: r.resourceId, status: snap?.status });
}
console.log(JSON.stringify(summary, null, 2));
await store.close?.();
