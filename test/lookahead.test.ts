import { buildSchema, execute, parse, type GraphQLResolveInfo } from "graphql";
import { describe, expect, it } from "vitest";
import { selectedGraphFields } from "../src/schema/shared/lookahead.js";

const schema = buildSchema(`
  type P { x: String y: String z: String }
  type W { a: P }
  type Query { w: W }
`);
const TABLE = { x: ["gx"], y: ["gy"], z: ["gz"] };

/** Runs `query`; each `a` answers the Graph fields the projection chose for it. */
async function projections(query: string): Promise<unknown> {
  const rootValue = {
    w: () => ({ a: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => ({ x: selectedGraphFields(info, "P", TABLE).join(",") }) }),
  };
  return (await execute({ schema, document: parse(query), rootValue })).data;
}

describe("the remembered field projection", () => {
  it("does not reuse a projection for a field merged with different siblings in two places of one document", async () => {
    // In w1 and w2, `a` merges the fragment's node with a sibling of its own: the same first node, other fields.
    const query = "fragment F on W { a { x } } { w1: w { ...F a { y } } w2: w { ...F a { z } } }";
    for (let i = 0; i < 3; i++) expect(await projections(query)).toEqual({ w1: { a: { x: "gx,gy,id", y: null } }, w2: { a: { x: "gx,gz,id", z: null } } });
  });
});
