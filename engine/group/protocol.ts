/**
 * The messages between consumers and the group coordinator (JoinGroup, SyncGroup, Heartbeat, LeaveGroup,
 * OffsetCommit), as plain data. Error names are Kafka's (org.apache.kafka.common.protocol.Errors).
 */
import type { AssignorName, Millis, Offset, TopicPartition } from "../types";

export type KafkaError =
  | "NONE"
  | "MEMBER_ID_REQUIRED"
  | "UNKNOWN_MEMBER_ID"
  | "ILLEGAL_GENERATION"
  | "REBALANCE_IN_PROGRESS"
  | "INCONSISTENT_GROUP_PROTOCOL"
  | "INVALID_SESSION_TIMEOUT"
  | "COORDINATOR_NOT_AVAILABLE"
  | "GROUP_ID_NOT_FOUND"
  | "NON_EMPTY_GROUP";

/** Errors#message for the errors a learner can meet here. */
export const ERROR_MESSAGES: Record<KafkaError, string> = {
  NONE: "",
  MEMBER_ID_REQUIRED: "The group member needs to have a valid member id before actually entering a consumer group.",
  UNKNOWN_MEMBER_ID: "The coordinator is not aware of this member.",
  ILLEGAL_GENERATION: "Specified group generation id is not valid.",
  REBALANCE_IN_PROGRESS: "The group is rebalancing, so a rejoin is needed.",
  INCONSISTENT_GROUP_PROTOCOL:
    "The group member's supported protocols are incompatible with those of existing members or first group member tried to join with empty protocol type or empty protocol list.",
  INVALID_SESSION_TIMEOUT: "The session timeout is not within the range allowed by the broker (as configured by group.min.session.timeout.ms and group.max.session.timeout.ms).",
  COORDINATOR_NOT_AVAILABLE: "The coordinator is not available.",
  GROUP_ID_NOT_FOUND: "The group id does not exist.",
  NON_EMPTY_GROUP: "The group is not empty.",
};

/** One protocol (assignor) a member supports, with its subscription metadata. */
export interface ProtocolMetadata {
  readonly name: AssignorName;
  readonly topics: readonly string[];
  /** Owned partitions as this assignor reads them (userData for sticky, Subscription.ownedPartitions for cooperative). */
  readonly owned: readonly TopicPartition[];
  readonly generation: number | null;
}

export interface JoinRequest {
  readonly memberId: string;
  readonly clientId: string;
  readonly sessionTimeout: Millis;
  readonly rebalanceTimeout: Millis;
  readonly protocols: readonly ProtocolMetadata[];
}

export interface JoinedMember {
  readonly memberId: string;
  readonly metadata: ProtocolMetadata;
}

export interface JoinResponse {
  readonly error: KafkaError;
  readonly memberId: string;
  readonly generationId: number;
  readonly protocol: AssignorName | null;
  readonly leader: string | null;
  /** Only the leader's response lists the members, in the coordinator's member-map order. */
  readonly members: readonly JoinedMember[];
}

export interface SyncResponse {
  readonly error: KafkaError;
  readonly assignment: readonly TopicPartition[];
}

export interface CommitRequestOffset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: Offset;
}

/** The callbacks through which a parked request is answered. */
export interface MemberChannel {
  onJoinResponse(response: JoinResponse): void;
  onSyncResponse(response: SyncResponse): void;
}
