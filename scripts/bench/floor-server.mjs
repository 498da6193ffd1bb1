// The benchmark's floors for scenario (a): what any server making (a)'s one upstream GET costs, without the gateway.
//   FLOOR=http  a bare node:http server: read the body, GET the number with undici, answer its JSON
//   FLOOR=yoga  a bare graphql-yoga server with one resolver making the same GET (no plugins, no auth, no logs)
// Plain JavaScript, so that it runs as the bundled gateway does, with no loader in the process.
import { createServer } from "node:http";
import { floorReader, floorYoga } from "./floor-yoga.mjs";

const reader = floorReader(process.env.SIM_URL, process.env.SIM_TOKEN);

async function bare(req, res) {
  let text = "";
  for await (const chunk of req) text += chunk;
  const { variables } = JSON.parse(text);
  const body = JSON.stringify({ data: { phoneNumber: await reader.read(variables.id) } });
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

const server = createServer(process.env.FLOOR === "yoga" ? floorYoga(reader.read) : bare);
server.listen(0, "127.0.0.1", () => process.stdout.write(`{"port":${server.address().port}} floor listening\n`));
process.on("SIGTERM", () => server.close(() => reader.close().then(() => process.exit(0))));
