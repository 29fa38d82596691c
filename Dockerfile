# syntax=docker/dockerfile:1
# One image for every service of partner-graph: SERVICE (gateway, identity, partners, customers) picks the
# service; `node dist/scripts/migrate.js` and `node dist/scripts/seed/cli.js` run the one-shot jobs.
# Build: docker build -t partner-graph .   (README "Running in production")
ARG NODE_IMAGE=node:20-bookworm-slim

# Build stage: every dependency, then tsc to dist/. tsc needs no install script (those belong to the
# development tools: embedded PostgreSQL, esbuild for tsx …).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY platform platform
COPY gateway gateway
COPY subgraphs subgraphs
COPY scripts scripts
RUN npm run build

# Runtime stage: production dependencies only (no tsx, no TypeScript, no embedded PostgreSQL). Native
# modules (@node-rs/argon2) come as prebuilt optional packages for this platform: no install script runs.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
# compiled code finds schema/ beside package.json (platform/config.ts projectRoot)
COPY schema schema
COPY --from=build /app/dist dist
USER node
EXPOSE 4000 4001 4002 4003
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 CMD ["node", "dist/scripts/healthcheck.js"]
CMD ["node", "dist/scripts/service.js"]
