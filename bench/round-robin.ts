import { RoundRobin } from '../test/helpers/replicas.js';

/**
 * `tsx bench/round-robin.ts <name>=<port>,<port> …`: one TCP round-robin per argument, in this process of its
 * own (so a benchmark can read its CPU apart from the services'). Prints one JSON line `{ "<name>": <port> }`
 * with the port each round-robin listens on (loopback), then runs until SIGTERM or SIGINT.
 */
const balancers: RoundRobin[] = [];
const ports: Record<string, number> = {};
for (const argument of process.argv.slice(2)) {
  const match = /^(\w+)=(\d+(?:,\d+)*)$/.exec(argument);
  if (!match) {
    console.error(`usage: tsx bench/round-robin.ts <name>=<port>[,<port>…] …   (got "${argument}")`);
    process.exit(2);
  }
  const balancer = new RoundRobin(match[2].split(',').map(Number));
  await balancer.listen();
  balancers.push(balancer);
  ports[match[1]] = balancer.port;
}
console.log(JSON.stringify(ports));
const stop = async () => {
  for (const balancer of balancers) await balancer.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
