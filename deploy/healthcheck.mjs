// The containers' health probe (HEALTHCHECK in the Dockerfiles, `healthcheck` in docker-compose.yml):
// GET /health on this container's own port (GATEWAY_PORT for the gateway, PORT for a subgraph); exit 0 when it
// answers 2xx within 4 s. A file rather than a `node -e` one-liner: the slim images have no curl or wget, and
// Podman's Docker-compatible API splits a one-liner's script at its spaces.
const port = process.env.GATEWAY_PORT ?? process.env.PORT ?? '4000';
fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(4000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
