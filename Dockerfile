# The Meridian Post in a container: the standalone output served by `node start.mjs` (Next.js's handler, plus peer
# addresses and graceful shutdown) on Node.js 20, as a non-root user.
# Not built in this project's CI (no Docker engine there); kept plain and conventional. See compose.yaml for several
# instances behind nginx with PostgreSQL.
#
#   docker build --build-arg NEXTAUTH_SECRET="$NEXTAUTH_SECRET" --build-arg SITE_URL=https://news.example.org -t meridian .
#   docker run -p 3000:3000 -e NEXTAUTH_SECRET="$NEXTAUTH_SECRET" -e SITE_URL=https://news.example.org \
#     -v meridian-data:/data meridian                    # SQLite in the volume; or -e DATABASE_URL=postgres://…
#
# NEXTAUTH_SECRET is a build argument too: comment forms in the prerendered pages are signed when the site is built,
# so the image must run with the same value. content/ is built into the image: a content change is a new image.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
ARG NEXTAUTH_SECRET
ARG SITE_URL=http://localhost:3000
RUN test -n "$NEXTAUTH_SECRET" || { echo "Build with --build-arg NEXTAUTH_SECRET=… (the value the container will run with)" >&2; exit 1; }
# The build prerenders pages with their comments: from a scratch SQLite database here, refreshed at run time.
RUN NEXTAUTH_SECRET="$NEXTAUTH_SECRET" SITE_URL="$SITE_URL" DATA_DIR=/tmp/build-data npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
# HOSTNAME: listen on every interface of the container (Docker sets HOSTNAME to the container's name otherwise).
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 DATA_DIR=/data
# start.mjs (the project's server: peer addresses, graceful shutdown), the node_modules it needs, .next (its cache is written at run time), public/ and content/.
COPY --from=build --chown=node:node /app/.next/standalone ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
# Run-time settings: NEXTAUTH_SECRET (required, as at build), SITE_URL, DATABASE_URL (PostgreSQL; else SQLite in /data).
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# SIGTERM (docker stop) drains the requests in flight and closes the database within 8 seconds.
CMD ["node", "start.mjs"]
