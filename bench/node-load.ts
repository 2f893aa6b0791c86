/**
 * The load generator of `npm run bench:node`, run as its own process: POSTs pre-signed messages to a node over
 * loopback with `concurrency` requests in flight (keep-alive), stops at `maxSeconds`, prints one JSON line
 * (with its own CPU seconds: it shares the machine's cores with the node).
 *
 *   ts-node bench/node-load.ts URL MESSAGES.json CONCURRENCY MAX_SECONDS
 */
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";

type Item = { path: string; body: string };

async function main(): Promise<void> {
  const [url, file, concurrencyArg, maxSecondsArg] = process.argv.slice(2);
  const items = JSON.parse(readFileSync(file!, "utf8")) as Item[];
  const concurrency = Number(concurrencyArg);
  const deadline = performance.now() + Number(maxSecondsArg) * 1000;
  const target = new URL(url!);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  let sent = 0;

  const post = (item: Item) =>
    new Promise<number>((resolve) => {
      const req = request(
        { host: target.hostname, port: target.port, path: item.path, method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(item.body) } },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", () => resolve(0));
      req.end(item.body);
    });

  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const worker = async () => {
    while (next < items.length && performance.now() < deadline) {
      const item = items[next++]!;
      sent++;
      const t0 = performance.now();
      const status = await post(item);
      latencies.push(performance.now() - t0);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  latencies.sort((a, b) => a - b);
  const q = (p: number) => Number((latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0).toFixed(2));
  agent.destroy();
  process.stdout.write(`${JSON.stringify({ sent, statuses, seconds: Number(seconds.toFixed(3)), p50Ms: q(0.5), p99Ms: q(0.99), cpuSeconds: (cpu.user + cpu.system) / 1e6 })}\n`);
}

void main();
