import type { Server } from 'node:http';
import type { WebSocketServer } from 'ws';

/** graphql-ws close code for "going away": clients reconnect (and resume, where they can). */
export const CLOSE_GOING_AWAY = 1001;

/**
 * The first half of a graceful stop, the same for the gateway and every subgraph: each open socket is told
 * "going away" (1001), the graphql-ws handler is disposed, the socket server closed, then the HTTP server stops
 * accepting and waits for the requests under way (idle keep-alive connections are closed at once).
 */
export async function closeServerAndSockets(server: Server, sockets: WebSocketServer, graphqlWs: { dispose(): unknown }): Promise<void> {
  for (const client of sockets.clients) client.close(CLOSE_GOING_AWAY, 'server shutting down');
  await graphqlWs.dispose();
  await new Promise<void>((resolve) => sockets.close(() => resolve()));
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
