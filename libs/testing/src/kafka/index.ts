export { startKafkaBroker } from './broker';
export type { KafkaBrokerHandle, KafkaBrokerOptions } from './broker';
export { startKafkaBrokerAt, stopKafkaBrokerAt } from './broker-scripts';
export { KafkaHarnessError } from './kafka-harness.error';
export type { KafkaHarnessErrorCode } from './kafka-harness.error';
export { kafkaBrokers, restartTestKafka, testKafkaEnv, testKafkaEnvNames } from './test-kafka';
export { createTopic, uniqueTopicName } from './topics';
