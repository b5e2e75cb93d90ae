import net from "node:net";

/**
 * A TCP proxy in front of PostgreSQL that a test owns: it can cut every connection (the database "goes away"), come
 * back on the same port, hold the database's answers back for a while, and tell whether clients said goodbye with
 * PostgreSQL's Terminate message before closing.
 */
export class TcpProxy {
  private server: net.Server | undefined;
  private sockets = new Set<net.Socket>();
  port = 0;
  delayMs = 0;
  /** Connections closed by the client after sending Terminate ('X', length 4), and those closed without it. */
  goodbyes = { clean: 0, abrupt: 0 };

  constructor(private readonly target: { host: string; port: number }) {}

  async start(port = 0): Promise<number> {
    this.server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(port, "127.0.0.1", () => resolve());
    });
    this.port = (this.server.address() as net.AddressInfo).port;
    return this.port;
  }

  private accept(client: net.Socket) {
    const upstream = net.connect(this.target.port, this.target.host);
    this.sockets.add(client);
    this.sockets.add(upstream);
    let saidGoodbye = false;
    client.on("data", (chunk: Buffer) => {
      // Terminate: the byte 'X' then the length 4, as the last message a client sends.
      if (chunk.length >= 5 && chunk.subarray(chunk.length - 5).equals(Buffer.from([0x58, 0, 0, 0, 4]))) saidGoodbye = true;
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => {
      if (this.delayMs) setTimeout(() => client.writable && client.write(chunk), this.delayMs);
      else client.write(chunk);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("close", () => {
      if (this.sockets.delete(client)) this.goodbyes[saidGoodbye ? "clean" : "abrupt"]++;
      close();
    });
    upstream.on("close", close);
    client.on("error", close);
    upstream.on("error", close);
  }

  /** The database goes away: no new connections, and every open one is cut. */
  async cut(): Promise<void> {
    // Stop listening, then cut what is open (closing waits for the open connections to end).
    const closed = new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    for (const socket of this.sockets) {
      this.sockets.delete(socket);
      socket.destroy();
    }
    await closed;
  }

  /** The database comes back, at the same address. */
  async restore(): Promise<void> {
    await this.start(this.port);
  }

  async stop(): Promise<void> {
    await this.cut();
  }
}
