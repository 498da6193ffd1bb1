# waba-gateway: the production install of the README ("In production"), as an image. Its npm steps are exactly the
# documented ones; test/production-install.test.ts checks that, and runs them in a clean folder.

# Build: the bundle (dist/), with the development tools.
FROM node:20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npm ci && npm run build

# Runtime dependencies only (better-sqlite3 compiles here, so the final image carries no compiler).
FROM node:20-bookworm-slim AS deps
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000 ADMIN_PORT=9464 GATEWAY_STORE_PATH=/app/data/waba-gateway.sqlite
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/dist ./dist
RUN mkdir -p /app/data && chown node:node /app/data
USER node
# 4000: GraphQL and webhooks (public); 9464: health, readiness, metrics (keep it internal).
EXPOSE 4000 9464
HEALTHCHECK --interval=15s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:9464/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server.js"]
