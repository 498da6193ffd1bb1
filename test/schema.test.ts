import { existsSync, readFileSync } from "node:fs";
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { PHONE_NUMBER_FIELDS } from "../src/schema/phone-number/type.js";
import { WABA_FIELDS } from "../src/schema/waba/type.js";
import { schema } from "../src/schema/index.js";

const contractPath = new URL("./contract/contract.graphql", import.meta.url);
const sharedContract = new URL("../../shared/contract.graphql", import.meta.url);
const contract = buildSchema(readFileSync(contractPath, "utf8"));

/** Parts of the contract that later issues build; each entry must really be missing, so the list cannot go stale. */
const PENDING = new Set<string>([
  // Nothing: every name of the contract is built (issues 24 and 25 added the last ones).
]);

/** A served type is compatible when it equals the contract's, or makes an output non-null. */
function compatible(served: GraphQLType, wanted: GraphQLType, output: boolean): boolean {
  if (String(served) === String(wanted)) return true;
  return output && isNonNullType(served) && !isNonNullType(wanted) && String(served.ofType) === String(wanted);
}

function contractProblems(): string[] {
  const problems: string[] = [];
  for (const type of Object.values(contract.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type) || PENDING.has(type.name)) continue;
    const mine = schema.getType(type.name);
    if (!mine) {
      problems.push(`missing type ${type.name}`);
      continue;
    }
    if (mine.constructor !== type.constructor) problems.push(`${type.name} is a different kind of type`);
    if ((isObjectType(type) || isInterfaceType(type)) && (isObjectType(mine) || isInterfaceType(mine))) {
      for (const field of Object.values(type.getFields())) {
        if (PENDING.has(`${type.name}.${field.name}`)) continue;
        const f = mine.getFields()[field.name];
        if (!f) {
          problems.push(`missing field ${type.name}.${field.name}`);
          continue;
        }
        if (!compatible(f.type, field.type, true)) problems.push(`${type.name}.${field.name}: ${String(f.type)} is not ${String(field.type)}`);
        for (const arg of field.args) {
          const a = f.args.find((x) => x.name === arg.name);
          if (!a || !compatible(a.type, arg.type, false)) problems.push(`${type.name}.${field.name}(${arg.name}) differs`);
        }
        for (const a of f.args) {
          if (!field.args.some((x) => x.name === a.name) && isNonNullType(a.type)) problems.push(`${type.name}.${field.name}(${a.name}) is a new required argument`);
        }
      }
    }
    if (isInputObjectType(type) && isInputObjectType(mine)) {
      for (const field of Object.values(type.getFields())) {
        if (PENDING.has(`${type.name}.${field.name}`)) continue;
        const f = mine.getFields()[field.name];
        if (!f || !compatible(f.type, field.type, false)) problems.push(`input ${type.name}.${field.name} differs`);
      }
    }
    if (isEnumType(type) && isEnumType(mine)) {
      for (const v of type.getValues()) if (!PENDING.has(`${type.name}.${v.name}`) && !mine.getValue(v.name)) problems.push(`enum ${type.name} lacks ${v.name}`);
    }
    if (isUnionType(type) && isUnionType(mine)) {
      for (const m of type.getTypes()) if (!mine.getTypes().some((t) => t.name === m.name)) problems.push(`union ${type.name} lacks ${m.name}`);
    }
  }
  return problems;
}

describe("schema", () => {
  it("matches the checked-in schema.graphql (run `npm run schema:print` after changing the code)", () => {
    const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;
    expect(readFileSync(new URL("../schema.graphql", import.meta.url), "utf8")).toBe(printed);
  });

  it("contains everything clients rely on in the contract, with those names and compatible types", () => {
    expect(contractProblems()).toEqual([]);
  });

  it("lists as pending only contract parts that are really not built yet", () => {
    for (const name of PENDING) {
      const [typeName, fieldName] = name.split(".");
      const type = schema.getType(typeName ?? "");
      // A field, an input field or an enum value; or a whole type.
      const member = (t: NonNullable<typeof type>, n: string) =>
        isObjectType(t) || isInterfaceType(t) || isInputObjectType(t) ? Boolean(t.getFields()[n]) : isEnumType(t) ? Boolean(t.getValue(n)) : false;
      const built = fieldName ? Boolean(type && member(type, fieldName)) : Boolean(type);
      expect(built, `${name} is built: remove it from PENDING`).toBe(false);
    }
  });

  // CI and the team's checkouts have ../shared beside the project; a clone elsewhere reports this test as skipped
  // (visibly, never as a pass), and the contract is still checked against the copy above.
  it.skipIf(!existsSync(sharedContract))("uses a copy of the contract identical to ../shared/contract.graphql", () => {
    expect(readFileSync(contractPath, "utf8")).toBe(readFileSync(sharedContract, "utf8"));
  });

  it("describes every type, field, argument and enum value", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) {
          if (!f.description) missing.push(`${type.name}.${f.name}`);
          for (const a of "args" in f ? f.args : []) if (!a.description) missing.push(`${type.name}.${f.name}(${a.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it("maps every PhoneNumber and WABA field to the Graph fields it needs (field projection cannot miss one)", () => {
    for (const [typeName, table] of [["PhoneNumber", PHONE_NUMBER_FIELDS], ["WABA", WABA_FIELDS]] as const) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} missing`);
      for (const field of Object.keys(type.getFields())) expect(table[field], `${typeName}.${field}`).toBeDefined();
    }
  });
});
