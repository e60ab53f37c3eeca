// Waits until a Kafka broker answers a real protocol request (Metadata, via kafkajs
// describeCluster), not merely a TCP connect: the socket opens before the broker can serve.
// Usage: node wait.js <host:port> <seconds> [cluster-id] [pid-file]
// With a cluster id, only a broker of that cluster counts: another broker already on the port
// must not pass for ours. With a pid file, gives up at once if that process dies (port taken).
'use strict';
const { readFileSync } = require('node:fs');
const { Kafka, logLevel } = require('kafkajs');

const [address, secondsArg, clusterId, pidFile] = process.argv.slice(2);
const deadline = Date.now() + Number(secondsArg) * 1000;

function processAlive() {
  if (!pidFile) return true;
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 0);
    return true;
  } catch {
    return false;
  }
}

async function answers() {
  const kafka = new Kafka({
    clientId: 'tapestry-kafka-wait',
    brokers: [address],
    connectionTimeout: 1000,
    requestTimeout: 2000,
    retry: { retries: 0 },
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0 && (!clusterId || cluster.clusterId === clusterId);
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

async function main() {
  while (Date.now() < deadline) {
    if (!processAlive()) {
      console.error(`Kafka process from ${pidFile} exited before answering on ${address}`);
      return 1;
    }
    if (await answers()) return 0;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.error(`Kafka did not answer on ${address} within ${secondsArg} s`);
  return 1;
}

main().then((code) => process.exit(code));
