import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * GraphQL's OverlappingFieldsCanBeMerged rule compares every pair of fields that share a response name in a
 * selection set: 200 copies of one field cost ~100 ms of validation. A legitimate operation repeats a field a
 * few times at most (aliases give copies their own names), so more copies than this are refused before
 * validation runs.
 */
export const MAX_SAME_NAME_FIELDS = 8;

type Counts = Map<string, number>;

const add = (into: Counts, from: Counts) => {
  for (const [name, n] of from) into.set(name, (into.get(name) ?? 0) + n);
};

/**
 * The response name with the most copies merging into any one selection set of the document (through fragment
 * spreads and inline fragments too), and how many. Each fragment's own counts are computed once, so nested
 * spreads cost linear time, never the expansion.
 */
export function mostRepeatedField(document: DocumentNode): { name: string; count: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, Counts>();
  const fragmentCounts = (name: string): Counts => {
    const known = memo.get(name);
    if (known) return known;
    // Placeholder first: a fragment that spreads itself (left to validation) counts as empty inside itself.
    memo.set(name, new Map());
    const fragment = fragments.get(name);
    const counts = fragment ? merged(fragment.selectionSet) : new Map<string, number>();
    memo.set(name, counts);
    return counts;
  };
  const merged = (set: SelectionSetNode): Counts => {
    const counts: Counts = new Map();
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const name = s.alias?.value ?? s.name.value;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      } else if (s.kind === Kind.INLINE_FRAGMENT) add(counts, merged(s.selectionSet));
      else add(counts, fragmentCounts(s.name.value));
    }
    return counts;
  };
  let worst = { name: "", count: 0 };
  const visit = (set: SelectionSetNode) => {
    for (const [name, count] of merged(set)) if (count > worst.count) worst = { name, count };
    for (const s of set.selections) if (s.kind !== Kind.FRAGMENT_SPREAD && s.selectionSet) visit(s.selectionSet);
  };
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) visit(d.selectionSet);
  return worst;
}

export function selectionBounds(): Plugin {
  return {
    onValidate({ params, setResult }) {
      const worst = mostRepeatedField(params.documentAST);
      if (worst.count > MAX_SAME_NAME_FIELDS) {
        setResult([
          new GraphQLError(`The field ${worst.name} is selected ${worst.count} times in one selection set; at most ${MAX_SAME_NAME_FIELDS} copies are allowed (use aliases for different arguments).`, {
            extensions: { code: "QUERY_TOO_COMPLEX" },
          }),
        ]);
      }
    },
  };
}
