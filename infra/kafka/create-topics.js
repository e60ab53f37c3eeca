// Creates the topics listed in topics.json that the broker does not have yet; safe to run again.
// An existing topic with another partition count is reported, never altered: adding partitions
// would move keys to other partitions and break per-stream ordering.
// Usage: node create-topics.js [host:port,...]   (default: $KAFKA_BROKERS or 127.0.0.1:$KAFKA_PORT)
'use strict';
const { join } = require('node:path');
const { Kafka, logLevel } = require('kafkajs');
const definitions = require(join(__dirname, 'topics.json'));

const brokers = (process.argv[2] ?? process.env.KAFKA_BROKERS ?? `127.0.0.1:${process.env.KAFKA_PORT ?? '9092'}`)
  .split(',')
  .map((broker) => broker.trim())
  .filter(Boolean);

async function main() {
  const admin = new Kafka({ clientId: 'tapestry-create-topics', brokers, logLevel: logLevel.ERROR }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = definitions.topics.filter((topic) => !existing.has(topic.name));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic: topic.name,
          numPartitions: topic.partitions,
          replicationFactor: definitions.replicationFactor,
          // Kept forever: read models elsewhere (analytics above all) are rebuilt by replaying the topics.
          configEntries: [{ name: 'retention.ms', value: '-1' }],
        })),
      });
    }
    const present = definitions.topics.filter((topic) => existing.has(topic.name));
    if (present.length > 0) {
      const metadata = await admin.fetchTopicMetadata({ topics: present.map((topic) => topic.name) });
      for (const topic of present) {
        const actual = metadata.topics.find((found) => found.name === topic.name).partitions.length;
        if (actual !== topic.partitions) {
          console.warn(`${topic.name} has ${actual} partitions, topics.json says ${topic.partitions}; left as it is`);
        }
      }
    }
    console.log(`created ${missing.length} topic(s), ${present.length} already present on ${brokers.join(',')}`);
  } finally {
    await admin.disconnect();
  }
}

main().catch((error) => {
  console.error(`create-topics: ${error.message}`);
  process.exit(1);
});
