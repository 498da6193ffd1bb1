import { readFileSync, statSync } from "node:fs";
import { parse, type DocumentNode } from "graphql";
import { z } from "zod";

/**
 * A manifest as GraphQL Code Generator's client preset writes it (`persisted-documents.json`): hash → document, the
 * hash as the GraphQL-over-HTTP persisted-documents form (`sha256:<hex>`) or bare hex.
 */
const manifestSchema = z.record(z.string().regex(/^(sha256:)?[0-9a-f]{64}$/, "keys must be SHA-256 hashes in hex (optionally sha256:…)"), z.string().min(1));
const bareHash = (hash: string) => (hash.startsWith("sha256:") ? hash.slice(7) : hash);

/** Files are checked for changes at most this often: a deploy replaces a manifest without a restart. */
const RECHECK_MS = 1_000;

export class PersistedDocumentsError extends Error {
  override readonly name = "PersistedDocumentsError";
}

interface Loaded {
  mtimeMs: number;
  documents: Map<string, DocumentNode>;
}

/**
 * The trusted documents (GATEWAY_PERSISTED_DOCUMENTS): one or more manifests, e.g. one per frontend release, each
 * read and parsed once, read again when its file changes. A manifest that turns unreadable keeps its last good
 * contents (a half-written deploy must not take every frontend down).
 */
export class PersistedDocuments {
  private readonly loaded = new Map<string, Loaded>();
  private checkedAt = 0;

  constructor(
    private readonly paths: readonly string[],
    private readonly onReloadError: (path: string, message: string) => void = () => undefined,
    private readonly now: () => number = Date.now,
  ) {
    // At start, a bad manifest stops the gateway: every path must load.
    for (const path of paths) this.loaded.set(path, load(path));
    this.checkedAt = now();
  }

  /** The parsed document for a hash (`sha256:` prefix allowed), or undefined. */
  get(hash: string): DocumentNode | undefined {
    this.refresh();
    const key = bareHash(hash);
    for (const { documents } of this.loaded.values()) {
      const found = documents.get(key);
      if (found) return found;
    }
    return undefined;
  }

  get size(): number {
    return [...this.loaded.values()].reduce((n, l) => n + l.documents.size, 0);
  }

  private refresh(): void {
    if (this.now() - this.checkedAt < RECHECK_MS) return;
    this.checkedAt = this.now();
    for (const path of this.paths) {
      const known = this.loaded.get(path);
      const mtimeMs = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
      if (mtimeMs === undefined || mtimeMs === known?.mtimeMs) continue;
      try {
        this.loaded.set(path, load(path));
      } catch (e) {
        this.onReloadError(path, e instanceof Error ? e.message : String(e));
      }
    }
  }
}

function load(path: string): Loaded {
  let raw: unknown;
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new PersistedDocumentsError(`GATEWAY_PERSISTED_DOCUMENTS: cannot read ${path} as JSON (${e instanceof Error ? e.message : "error"})`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new PersistedDocumentsError(`GATEWAY_PERSISTED_DOCUMENTS: ${path}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const documents = new Map<string, DocumentNode>();
  for (const [hash, text] of Object.entries(parsed.data)) {
    try {
      documents.set(bareHash(hash), parse(text));
    } catch (e) {
      throw new PersistedDocumentsError(`GATEWAY_PERSISTED_DOCUMENTS: ${path}: document ${hash} does not parse (${e instanceof Error ? e.message : "error"})`);
    }
  }
  return { mtimeMs, documents };
}
