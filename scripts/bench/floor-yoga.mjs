// The bare graphql-yoga floor for scenario (a): one resolver making (a)'s upstream GET with undici (no plugins, no
// auth, no logs). Served over HTTP by floor-server.mjs for the CPU bench, and called in process by the
// instruction-count mode (scripts/instructions-run.ts).
import { Pool } from "undici";
import { createSchema, createYoga } from "graphql-yoga";

const FIELDS = "id,display_phone_number,verified_name,name_status,certificate";

/** Reads (a)'s number from the Graph API at `simUrl` with `token`. */
export function floorReader(simUrl, token) {
  const pool = new Pool(simUrl, { connections: 128 });
  const read = async (id) => {
    const res = await pool.request({ method: "GET", path: `/v26.0/${id}?fields=${FIELDS}`, headers: { authorization: `Bearer ${token}` } });
    return res.body.json();
  };
  return { read, close: () => pool.close() };
}

/** The bare graphql-yoga server for (a), over `read`. */
export function floorYoga(read) {
  return createYoga({
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
}
