/**
 * The load generator of `npm run bench:node`, run as its own process: POSTs pre-signed messages to a node over
 * loopback on `concurrency` keep-alive connections, one request in flight on each (no pipelining), stops at
 * `maxSeconds`, prints one JSON line (with its own CPU seconds: it shares the machine's cores with the node).
 *
 *   ts-node bench/node-load.ts URL MESSAGES.json CONCURRENCY MAX_SECONDS
 *
 * The generator is not the product but its CPU steals the node's core, so it speaks HTTP/1.1 on plain sockets
 * (as wrk does): every request's bytes (request line, headers, body) are built once before the clock starts, and
 * a response is framed by its content-length and read for its status code only. Node's `http` client cost about
 * 290 µs of CPU a request here (ClientRequest, IncomingMessage, agent and header objects per request); this costs
 * a tenth of that. A response it cannot frame (no content-length) stops the run with an error.
 */
import { readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";

type Item = { path: string; body: string };

const CRLF2 = Buffer.from("\r\n\r\n");
const CONTENT_LENGTH = /\r\ncontent-length: *(\d+)/i;

/** One keep-alive connection: sends a request, waits for its whole response, reports it. */
class Connection {
  #socket: Socket | undefined;
  #pending: Buffer = Buffer.alloc(0);
  #sentAt = 0;
  #onDone: ((status: number) => void) | undefined;

  constructor(
    readonly host: string,
    readonly port: number,
  ) {}

  /** Sends `request` (the whole HTTP/1.1 message); resolves with the status code, 0 if the connection failed. */
  send(request: Buffer): Promise<number> {
    return new Promise((resolve) => {
      this.#onDone = resolve;
      this.#sentAt = performance.now();
      this.#open().write(request);
    });
  }

  /** When the current request was written (performance.now()). */
  get sentAt(): number {
    return this.#sentAt;
  }

  close(): void {
    this.#socket?.destroy();
  }

  #open(): Socket {
    if (this.#socket !== undefined) return this.#socket;
    const socket = connect({ host: this.host, port: this.port, noDelay: true });
    socket.on("data", (chunk: Buffer) => this.#read(chunk));
    const lost = () => {
      if (this.#socket === socket) this.#socket = undefined;
      this.#pending = Buffer.alloc(0);
      this.#finish(0);
    };
    socket.on("error", lost);
    socket.on("close", lost);
    this.#socket = socket;
    return socket;
  }

  #read(chunk: Buffer): void {
    this.#pending = this.#pending.length === 0 ? chunk : Buffer.concat([this.#pending, chunk]);
    const end = this.#pending.indexOf(CRLF2);
    if (end < 0) return;
    const head = this.#pending.toString("latin1", 0, end);
    const length = CONTENT_LENGTH.exec(head);
    if (length === null) throw new Error(`a response without content-length: ${head.split("\r\n")[0]}`);
    const total = end + 4 + Number(length[1]);
    if (this.#pending.length < total) return;
    // "HTTP/1.1 200 OK": the status code is bytes 9..12
    const status = Number(head.slice(9, 12));
    this.#pending = this.#pending.length === total ? Buffer.alloc(0) : this.#pending.subarray(total);
    this.#finish(status);
  }

  #finish(status: number): void {
    const done = this.#onDone;
    this.#onDone = undefined;
    done?.(status);
  }
}

async function main(): Promise<void> {
  const [url, file, concurrencyArg, maxSecondsArg] = process.argv.slice(2);
  const items = JSON.parse(readFileSync(file!, "utf8")) as Item[];
  const concurrency = Number(concurrencyArg);
  const target = new URL(url!);
  const host = target.hostname;
  const port = Number(target.port);
  const requests = items.map((item) => {
    const body = Buffer.from(item.body);
    const head = `POST ${item.path} HTTP/1.1\r\nhost: ${target.host}\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`;
    return Buffer.concat([Buffer.from(head, "latin1"), body]);
  });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const connections = Array.from({ length: concurrency }, () => new Connection(host, port));
  let next = 0;
  let sent = 0;

  const deadline = performance.now() + Number(maxSecondsArg) * 1000;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const worker = async (connection: Connection) => {
    while (next < requests.length && performance.now() < deadline) {
      const request = requests[next++]!;
      sent++;
      const status = await connection.send(request);
      latencies.push(performance.now() - connection.sentAt);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(connections.map(worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  for (const c of connections) c.close();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => Number((latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0).toFixed(2));
  process.stdout.write(`${JSON.stringify({ sent, statuses, seconds: Number(seconds.toFixed(3)), p50Ms: q(0.5), p99Ms: q(0.99), cpuSeconds: (cpu.user + cpu.system) / 1e6 })}\n`);
}

void main();
