# One image for every Tapestry service; docker-compose.yml picks the service with SERVICE.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs ./libs
COPY services ./services
RUN npm ci
COPY tsconfig.base.json ./
# The web portal, which the gateway serves at / (TAPESTRY_PORTAL_DIR in docker-compose.yml).
RUN npm run build
COPY infra/kafka/create-topics.js infra/kafka/topics.json ./infra/kafka/
ENV NODE_ENV=production SWC_NODE_PROJECT=/app/tsconfig.base.json
CMD ["sh", "-c", "exec node -r @swc-node/register services/${SERVICE}/src/main.ts"]
