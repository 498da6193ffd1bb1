// The benchmark's floors for scenario (a): what any server making (a)'s one upstream GET costs, without the gateway.
//   FLOOR=http  a bare node:http server: read the body, GET the number with undici, answer its JSON
//   FLOOR=yoga  a bare graphql-yoga server with one resolver making the same GET (no plugins, no auth, no logs)
// Plain JavaScript, so that it runs as the bundled gateway does, with no loader in the process.
import { createServer } from "node:http";
import { Pool } from "undici";
import { createSchema, createYoga } from "graphql-yoga";

const pool = new Pool(process.env.SIM_URL, { connections: 128 });
const FIELDS = "id,display_phone_number,verified_name,name_status,certificate";
async function read(id) {
  const res = await pool.request({ method: "GET", path: `/v26.0/${id}?fields=${FIELDS}`, headers: { authorization: `Bearer ${process.env.SIM_TOKEN}` } });
  return res.body.json();
}

const yoga = () =>
  createYoga({
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        type Certificate { value: String }
        type PhoneNumber { id: ID! displayPhoneNumber: String verifiedName: String nameStatus: String certificate: Certificate }
        type Query { phoneNumber(id: ID!): PhoneNumber }
      `,
      resolvers: {
        Query: {
          phoneNumber: async (_root, { id }) => {
            const n = await read(id);
            return { id: n.id, displayPhoneNumber: n.display_phone_number, verifiedName: n.verified_name, nameStatus: n.name_status, certificate: { value: n.certificate } };
          },
        },
      },
    }),
    logging: false,
    landingPage: false,
    graphiql: false,
  });

async function bare(req, res) {
  let text = "";
  for await (const chunk of req) text += chunk;
  const { variables } = JSON.parse(text);
  const body = JSON.stringify({ data: { phoneNumber: await read(variables.id) } });
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

const server = createServer(process.env.FLOOR === "yoga" ? yoga() : bare);
server.listen(0, "127.0.0.1", () => process.stdout.write(`{"port":${server.address().port}} floor listening\n`));
process.on("SIGTERM", () => server.close(() => pool.close().then(() => process.exit(0))));
