/**
 * Handlers for the consumer-group commands. Each returns an error message (changing nothing) or undefined.
 */
import type { Command } from "../types";
import type { World } from "../world";
import { DEFAULT_CONSUMER_CONFIG, resolveConfig } from "./config";
import type { ConsumerClient } from "./consumer";
import type { GroupLayer } from "./groupLayer";
import { computeReset, describeReset } from "./resetOffsets";

type Of<T extends Command["type"]> = Extract<Command, { type: T }>;
type Handler<T extends Command["type"]> = (world: World, c: Of<T>) => string | undefined;

function missingTopics(world: World, topics: readonly string[]): string | undefined {
  const missing = topics.filter((t) => !world.topics.has(t));
  if (missing.length === 0) return undefined;
  return `Topic${missing.length > 1 ? "s" : ""} ${missing.map((t) => `'${t}'`).join(", ")} do${missing.length > 1 ? "" : "es"} not exist; create ${missing.length > 1 ? "them" : "it"} first`;
}

export function groupHandlers(layer: GroupLayer): { [T in Command["type"]]?: Handler<T> } {
  const find = (name: string): ConsumerClient | string =>
    layer.consumers.get(name) ?? `Consumer '${name}' does not exist. Consumers: ${[...layer.consumers.keys()].join(", ") || "none"}`;

  return {
    addConsumer: (world, c) => {
      if (c.topics.length === 0) return "addConsumer: subscribe to at least one topic";
      const missing = missingTopics(world, c.topics);
      if (missing) return missing;
      if (c.consumer !== undefined && layer.consumers.has(c.consumer)) return `A consumer with client id '${c.consumer}' already exists`;
      if (c.group.startsWith("__")) return `Group id '${c.group}' is reserved`;
      const config = resolveConfig(DEFAULT_CONSUMER_CONFIG, c.config);
      if (typeof config === "string") return config;
      layer.addConsumer(c.consumer ?? layer.nextClientId(c.group), c.group, [...new Set(c.topics)], config);
      return undefined;
    },
    crashConsumer: (_w, c) => {
      const client = find(c.consumer);
      if (typeof client === "string") return client;
      if (!client.alive) return `${c.consumer} is not running (it is ${client.status()})`;
      client.crash();
      return undefined;
    },
    stopConsumer: (_w, c) => {
      const client = find(c.consumer);
      if (typeof client === "string") return client;
      if (!client.alive) return `${c.consumer} is not running (it is ${client.status()})`;
      if (client.stopped) return `${c.consumer} is already stopping`;
      client.stop();
      return undefined;
    },
    restartConsumer: (world, c) => {
      const client = find(c.consumer);
      if (typeof client === "string") return client;
      if (client.alive) return `${c.consumer} is running; stop or crash it first`;
      world.emit("consumerRestarted", `${c.consumer} restarted: a new process joins group ${client.groupId} as a new member`, { group: client.groupId, consumer: c.consumer });
      layer.group(client.groupId);
      client.start();
      return undefined;
    },
    removeConsumer: (world, c) => {
      const client = find(c.consumer);
      if (typeof client === "string") return client;
      if (client.alive) client.stop("the consumer was removed");
      layer.consumers.delete(c.consumer);
      world.emit("consumerRemoved", `${c.consumer} was removed from the playground`, { group: client.groupId, consumer: c.consumer });
      return undefined;
    },
    setProcessingTime: (world, c) => {
      const client = find(c.consumer);
      if (typeof client === "string") return client;
      client.config = { ...client.config, processingTime: c.ms };
      world.emit("processingTimeChanged", `${c.consumer} now spends ${c.ms} ms on each record (a poll of ${client.config.maxPollRecords} records takes ${(c.ms * client.config.maxPollRecords) / 1000} s; max.poll.interval.ms is ${client.config.maxPollInterval / 1000} s)`, {
        group: client.groupId,
        consumer: c.consumer,
        data: { processingTime: c.ms },
      });
      return undefined;
    },
    configureConsumer: (world, c) => {
      const client = find(c.consumer);
      if (typeof client === "string") return client;
      const config = resolveConfig(client.config, c.config);
      if (typeof config === "string") return config;
      client.config = config;
      world.emit("consumerConfigured", `${c.consumer} reconfigured: ${Object.entries(c.config).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(", ")} (membership settings apply from its next JoinGroup)`, {
        group: client.groupId,
        consumer: c.consumer,
        data: { config: c.config },
      });
      if (client.alive && c.config.partitionAssigners) client.requestRejoin();
      return undefined;
    },
    moveConsumer: (world, c) => {
      const client = find(c.consumer);
      if (typeof client === "string") return client;
      if (client.groupId === c.group) return `${c.consumer} is already in group ${c.group}`;
      if (c.group.startsWith("__")) return `Group id '${c.group}' is reserved`;
      const from = client.groupId;
      if (client.alive) client.stop(`moving to group ${c.group}`);
      world.emit("consumerMoved", `${c.consumer} leaves group ${from} and joins group ${c.group}`, { group: c.group, consumer: c.consumer, data: { from, to: c.group } });
      client.groupId = c.group;
      layer.group(c.group);
      // close() ran synchronously unless a record was in hand; start once it is done.
      const startWhenClosed = (): void => {
        if (client.alive) world.schedule(client.config.processingTime || 1, startWhenClosed);
        else client.start();
      };
      startWhenClosed();
      return undefined;
    },
    subscribe: (world, c) => {
      const client = find(c.consumer);
      if (typeof client === "string") return client;
      const missing = missingTopics(world, c.topics);
      if (missing) return missing;
      const next = [...new Set([...client.subscriptions, ...c.topics])];
      if (next.length === client.subscriptions.length) return `${c.consumer} is already subscribed to ${c.topics.join(", ")}`;
      client.subscriptions = next;
      world.emit("subscriptionChanged", `${c.consumer} now subscribes to ${next.join(", ")}; it rejoins so the group can rebalance`, { group: client.groupId, consumer: c.consumer, data: { topics: next } });
      client.requestRejoin();
      return undefined;
    },
    unsubscribe: (world, c) => {
      const client = find(c.consumer);
      if (typeof client === "string") return client;
      const drop = new Set(c.topics ?? client.subscriptions);
      const next = client.subscriptions.filter((t) => !drop.has(t));
      if (next.length === client.subscriptions.length) return `${c.consumer} is not subscribed to ${[...drop].join(", ")}`;
      if (next.length === 0) {
        // unsubscribe() from everything: the consumer leaves the group.
        client.stop("the consumer unsubscribed from every topic");
        world.emit("subscriptionChanged", `${c.consumer} unsubscribed from every topic and left group ${client.groupId}`, { group: client.groupId, consumer: c.consumer, data: { topics: [] } });
        client.subscriptions = [];
        return undefined;
      }
      client.subscriptions = next;
      world.emit("subscriptionChanged", `${c.consumer} now subscribes to ${next.join(", ")}; it rejoins so the group can rebalance`, { group: client.groupId, consumer: c.consumer, data: { topics: next } });
      client.requestRejoin();
      return undefined;
    },
    setAssignor: (world, c) => {
      const members = layer.consumersOf(c.group);
      if (members.length === 0) return `Group '${c.group}' has no consumers`;
      for (const client of members) {
        client.config = { ...client.config, partitionAssigners: [...c.assignors] };
      }
      world.emit("assignorChanged", `Every consumer of ${c.group} now uses partition.assignment.strategy [${c.assignors.join(", ")}]; they rejoin, and the group votes for the protocol`, {
        group: c.group,
        data: { assignors: c.assignors },
      });
      // A rolling restart, all at once: each member rejoins with its new protocol list.
      for (const client of members) if (client.alive) client.requestRejoin();
      return undefined;
    },
    resetOffsets: (world, c) => {
      const existing = layer.groups.get(c.group);
      // ConsumerGroupCommand#resetOffsets proceeds for "Empty" and "Dead" (a group that does not exist is described
      // as Dead); the admin commit then creates the group (GroupMetadataManager#getOrMaybeCreateClassicGroup).
      const state = existing?.coordinator.state ?? "Dead";
      if (state !== "Empty" && state !== "Dead") return `Error: Assignments can only be reset if the group '${c.group}' is inactive, but the current state is ${state}.`;
      const plan = computeReset(world, existing ?? layer.detachedGroup(c.group), c.topic, c.partitions, c.to);
      if (typeof plan === "string") return plan;
      if (c.execute === false) {
        world.emit("offsetsResetPlanned", `Dry run: ${describeReset(c.group, plan)}`, { group: c.group });
        return undefined;
      }
      const g = layer.group(c.group);
      for (const p of plan) g.delivery.onPositionSet(p.topic, p.partition, p.offset, "admin-reset", "kafka-consumer-groups.sh");
      g.storeOffsets(plan, "kafka-consumer-groups.sh", "--reset-offsets --execute");
      world.emit("offsetsReset", `Reset offsets of ${c.group}: ${describeReset(c.group, plan)}`, { group: c.group, data: { offsets: plan.map((p) => [p.topic, p.partition, p.offset]) } });
      return undefined;
    },
    deleteGroup: (world, c) => {
      const g = layer.groups.get(c.group);
      if (!g) return `Group '${c.group}' could not be deleted: The group id does not exist.`;
      if (g.coordinator.state !== "Empty") return `Group '${c.group}' could not be deleted: The group is not empty.`;
      g.deleteOffsets([...g.committed.values()].map((o) => [o.topic, o.partition] as [string, number]));
      layer.removeGroup(g, "deleted with DeleteGroups");
      return undefined;
    },
    deleteOffsets: (world, c) => {
      const g = layer.groups.get(c.group);
      if (!g) return `Error: '${c.group}' does not exist.`;
      // ClassicGroup#validateOffsetDelete, then GROUP_SUBSCRIBED_TO_TOPIC for a topic in the group's subscribed topics
      // (the members' subscriptions at the current generation: ClassicGroup#isSubscribedToTopic).
      if (g.coordinator.state === "Dead") return `Error: '${c.group}' does not exist.`;
      if (g.coordinator.state !== "Empty" && g.coordinator.protocolType !== "consumer") return `Error: Deleting offsets of a consumer group '${c.group}' is forbidden if the group is not empty.`;
      if (g.coordinator.isSubscribedToTopic(c.topic)) return "Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it.";
      const parts = [...g.committed.values()].filter((o) => o.topic === c.topic && (c.partitions === undefined || c.partitions.includes(o.partition)));
      if (parts.length === 0) return `Group '${c.group}' has no committed offsets for ${c.topic}${c.partitions ? ` partitions ${c.partitions.join(",")}` : ""}`;
      g.deleteOffsets(parts.map((o) => [o.topic, o.partition]));
      world.emit("offsetsDeleted", `Deleted the committed offsets of ${c.group} for ${parts.map((o) => `${o.topic}-${o.partition}`).join(", ")} (tombstones written to __consumer_offsets-${g.offsetsPartition})`, { group: c.group });
      return undefined;
    },
  };
}
