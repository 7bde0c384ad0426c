/**
 * The Kafka error codes the tools can meet, from clients/src/main/java/org/apache/kafka/common/protocol/Errors.java:
 * name, exception class and default message. ApiExceptions carry no stack trace (ApiException#fillInStackTrace), so
 * printing one gives a single line. The backend reports errors as text; `kafkaErrorFor` finds the matching error.
 */
import { JavaThrowable } from "./java";

export interface KafkaError {
  readonly name: string;
  readonly exceptionClass: string;
  readonly defaultMessage: string;
}

const E = (name: string, simpleClass: string, defaultMessage: string): KafkaError => ({
  name,
  exceptionClass: `org.apache.kafka.common.errors.${simpleClass}`,
  defaultMessage,
});

export const ERRORS = {
  UNKNOWN_SERVER_ERROR: E("UNKNOWN_SERVER_ERROR", "UnknownServerException", "The server experienced an unexpected error when processing the request."),
  UNKNOWN_TOPIC_OR_PARTITION: E("UNKNOWN_TOPIC_OR_PARTITION", "UnknownTopicOrPartitionException", "This server does not host this topic-partition."),
  COORDINATOR_NOT_AVAILABLE: E("COORDINATOR_NOT_AVAILABLE", "CoordinatorNotAvailableException", "The coordinator is not available."),
  INVALID_TOPIC_EXCEPTION: E("INVALID_TOPIC_EXCEPTION", "InvalidTopicException", "The request attempted to perform an operation on an invalid topic."),
  INVALID_GROUP_ID: E("INVALID_GROUP_ID", "InvalidGroupIdException", "The configured groupId is invalid."),
  UNKNOWN_MEMBER_ID: E("UNKNOWN_MEMBER_ID", "UnknownMemberIdException", "The coordinator is not aware of this member."),
  REBALANCE_IN_PROGRESS: E("REBALANCE_IN_PROGRESS", "RebalanceInProgressException", "The group is rebalancing, so a rejoin is needed."),
  GROUP_AUTHORIZATION_FAILED: E("GROUP_AUTHORIZATION_FAILED", "GroupAuthorizationException", "Group authorization failed."),
  TOPIC_ALREADY_EXISTS: E("TOPIC_ALREADY_EXISTS", "TopicExistsException", "Topic with this name already exists."),
  INVALID_PARTITIONS: E("INVALID_PARTITIONS", "InvalidPartitionsException", "Number of partitions is below 1."),
  INVALID_REPLICATION_FACTOR: E("INVALID_REPLICATION_FACTOR", "InvalidReplicationFactorException", "Replication factor is below 1 or larger than the number of available brokers."),
  INVALID_REPLICA_ASSIGNMENT: E("INVALID_REPLICA_ASSIGNMENT", "InvalidReplicaAssignmentException", "Replica assignment is invalid."),
  INVALID_CONFIG: E("INVALID_CONFIG", "InvalidConfigurationException", "Configuration is invalid."),
  POLICY_VIOLATION: E("POLICY_VIOLATION", "PolicyViolationException", "Request parameters do not satisfy the configured policy."),
  NON_EMPTY_GROUP: E("NON_EMPTY_GROUP", "GroupNotEmptyException", "The group is not empty."),
  GROUP_ID_NOT_FOUND: E("GROUP_ID_NOT_FOUND", "GroupIdNotFoundException", "The group id does not exist."),
  TOPIC_DELETION_DISABLED: E("TOPIC_DELETION_DISABLED", "TopicDeletionDisabledException", "Topic deletion is disabled."),
  GROUP_SUBSCRIBED_TO_TOPIC: E("GROUP_SUBSCRIBED_TO_TOPIC", "GroupSubscribedToTopicException", "Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it."),
} as const satisfies Record<string, KafkaError>;

export type KafkaErrorName = keyof typeof ERRORS;

/** The Kafka error a backend error text stands for: its default message, else a telling phrase. */
export function kafkaErrorFor(text: string): KafkaError {
  const all = Object.values(ERRORS) as KafkaError[];
  const exact = all.find((e) => e.defaultMessage === text);
  if (exact) return exact;
  const t = text.toLowerCase();
  if (t.includes("already exists")) return ERRORS.TOPIC_ALREADY_EXISTS;
  if (t.includes("replication factor")) return ERRORS.INVALID_REPLICATION_FACTOR;
  if (t.includes("partition")) return ERRORS.INVALID_PARTITIONS;
  if (t.includes("config")) return ERRORS.INVALID_CONFIG;
  if (t.includes("topic name") || t.includes("illegal")) return ERRORS.INVALID_TOPIC_EXCEPTION;
  if (t.includes("not empty")) return ERRORS.NON_EMPTY_GROUP;
  if (t.includes("does not exist")) return ERRORS.GROUP_ID_NOT_FOUND;
  return ERRORS.UNKNOWN_SERVER_ERROR;
}

/** `Errors.X.exception(message)`: the ApiException, message defaulting to the error's own. */
export function apiException(error: KafkaError, message: string = error.defaultMessage): JavaThrowable {
  return new JavaThrowable(error.exceptionClass, message);
}

const QUALIFIED = /^((?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error)): ([\s\S]*)$/;

/** An ApiException for a backend error text; a text already in "fully.qualified.Exception: message" form keeps its class. */
export function apiExceptionFor(text: string): JavaThrowable {
  const m = QUALIFIED.exec(text);
  if (m) return new JavaThrowable(m[1]!, m[2]!);
  return apiException(kafkaErrorFor(text), text);
}

/** KafkaFuture#get of a failed future: java.util.concurrent.ExecutionException wrapping the cause. */
export function executionException(cause: JavaThrowable): JavaThrowable {
  return JavaThrowable.wrapping("java.util.concurrent.ExecutionException", cause);
}

/** Errors.forException(e): the error whose exception class this is. */
export function errorNameOf(e: JavaThrowable): string {
  const all = Object.values(ERRORS) as KafkaError[];
  return all.find((x) => x.exceptionClass === e.className)?.name ?? "UNKNOWN_SERVER_ERROR";
}
