-- One database per service (DESIGN.md): a service's event store, read models, inbox and outbox checkpoints
-- live together so that each projection commits with its checkpoint in one transaction.
-- Read by docker-compose's postgres image at first start and by `npm start` (services/platform).
CREATE DATABASE tapestry_identity;
CREATE DATABASE tapestry_training;
CREATE DATABASE tapestry_matching;
CREATE DATABASE tapestry_supervision;
CREATE DATABASE tapestry_analytics;
CREATE DATABASE tapestry_bus; -- the embedded transport's log (unused when TAPESTRY_TRANSPORT=kafka)
