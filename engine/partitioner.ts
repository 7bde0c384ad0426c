/**
 * Kafka's key partitioning, bit-identical to the Java client.
 * murmur2: org.apache.kafka.common.utils.Utils#murmur2; toPositive: Utils#toPositive;
 * partitionForKey: org.apache.kafka.clients.producer.internals.BuiltInPartitioner#partitionForKey
 * (KafkaJS's DefaultPartitioner computes the same).
 */


/** MurmurHash2 (seed 0x9747b28c) of the bytes, as a signed 32-bit integer (Kafka's Utils.murmur2). */
export function murmur2(data: Uint8Array): number {
  const length = data.length;
  const seed = 0x9747b28c;
  const m = 0x5bd1e995;
  const r = 24;
  let h = seed ^ length;
  const length4 = length >> 2;
  for (let i = 0; i < length4; i++) {
    const i4 = i << 2;
    let k = (data[i4] & 0xff) + ((data[i4 + 1] & 0xff) << 8) + ((data[i4 + 2] & 0xff) << 16) + ((data[i4 + 3] & 0xff) << 24);
    k = Math.imul(k, m);
    k ^= k >>> r;
    k = Math.imul(k, m);
    h = Math.imul(h, m);
    h ^= k;
  }
  // The 1-3 trailing bytes (Java's switch with fall-through).
  const tail = length & ~3;
  const rest = length % 4;
  if (rest >= 3) h ^= (data[tail + 2] & 0xff) << 16;
  if (rest >= 2) h ^= (data[tail + 1] & 0xff) << 8;
  if (rest >= 1) {
    h ^= data[tail] & 0xff;
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

/** Kafka's Utils.toPositive: clears the sign bit (not Math.abs). */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

/** The UTF-8 bytes of a key, as Kafka's StringSerializer and KafkaJS's Buffer.from(String(key)) produce. */
export function keyBytes(key: string | Uint8Array): Uint8Array {
  return typeof key === "string" ? utf8Encode(key) : key;
}

/** UTF-8 encoding of a JS string (lone surrogates become U+FFFD, as Java's and TextEncoder's encoders do). */
export function utf8Encode(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}

/** The partition Kafka's default partitioner picks for a keyed record: toPositive(murmur2(key)) % numPartitions. */
export function partitionForKey(key: string | Uint8Array, numPartitions: number): number {
  if (!Number.isInteger(numPartitions) || numPartitions < 1) {
    throw new RangeError(`numPartitions must be a positive integer, got ${numPartitions}`);
  }
  return toPositive(murmur2(keyBytes(key))) % numPartitions;
}

/** Java's String.hashCode over UTF-16 code units, with 32-bit wrap-around. */
export function javaStringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** Kafka's Utils.abs: Math.abs, except that Integer.MIN_VALUE gives 0. */
export function kafkaAbs(n: number): number {
  return n === -2147483648 ? 0 : Math.abs(n);
}

/** The __consumer_offsets partition of a group: Utils.abs(groupId.hashCode()) % offsets.topic.num.partitions (GroupCoordinatorService#partitionFor). */
export function offsetsPartitionFor(groupId: string, numPartitions = 50): number {
  return kafkaAbs(javaStringHashCode(groupId)) % numPartitions;
}
