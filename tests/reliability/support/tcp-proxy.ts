// A TCP proxy between the app's database client and PostgreSQL, so a test can make the
// database "go away" (every open connection cut, new ones refused) and come back on the
// same address, without stopping the server other test files share.
import net from "node:net";

export interface TcpProxy {
  /** The proxy's port on 127.0.0.1. */
  port: number;
  /** Connections open through the proxy now. */
  openConnections(): number;
  /** Cuts every open connection and refuses new ones until restore(). */
  cut(): Promise<void>;
  /** Accepts connections again, on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

function listen(server: net.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve((server.address() as net.AddressInfo).port);
    });
  });
}

function stopListening(server: net.Server): Promise<void> {
  return new Promise((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    // A cut connection errors on both ends; the proxy itself must not crash the test process.
    socket.on("error", () => socket.destroy());
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    track(client);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  const port = await listen(server, 0);
  const cutAll = () => {
    for (const socket of sockets) socket.destroy();
  };
  return {
    port,
    openConnections: () => sockets.size / 2,
    async cut() {
      await Promise.all([stopListening(server), Promise.resolve(cutAll())]);
    },
    async restore() {
      await listen(server, port);
    },
    async close() {
      cutAll();
      await stopListening(server);
    },
  };
}
