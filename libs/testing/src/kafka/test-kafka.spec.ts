import { KafkaHarnessError } from './kafka-harness.error';
import { kafkaBrokers, testKafkaEnvNames } from './test-kafka';
import { uniqueTopicName } from './topics';

describe('kafkaBrokers', () => {
  const saved = process.env[testKafkaEnvNames.brokers];
  afterEach(() => {
    if (saved === undefined) delete process.env[testKafkaEnvNames.brokers];
    else process.env[testKafkaEnvNames.brokers] = saved;
  });

  it('reads the comma-separated list the global setup exported', () => {
    process.env[testKafkaEnvNames.brokers] = '127.0.0.1:9092,127.0.0.1:9094';
    expect(kafkaBrokers()).toEqual(['127.0.0.1:9092', '127.0.0.1:9094']);
  });

  it('says how to get a broker when none was exported', () => {
    delete process.env[testKafkaEnvNames.brokers];
    expect(() => kafkaBrokers()).toThrow(KafkaHarnessError);
    expect(() => kafkaBrokers()).toThrow(/TAPESTRY_TEST_KAFKA_BROKERS is not set.*npm run test:int/);
  });
});

describe('uniqueTopicName', () => {
  it('gives distinct legal Kafka topic names that start with the prefix', () => {
    const names = Array.from({ length: 50 }, () => uniqueTopicName('identity relay/test'));
    expect(new Set(names).size).toBe(50);
    for (const name of names) {
      expect(name).toMatch(/^identity-relay-test-[a-zA-Z0-9.-]+$/);
      expect(name.length).toBeLessThanOrEqual(249);
    }
  });
});
