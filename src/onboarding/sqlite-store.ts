import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createRequire } from "node:module";
import type Database from "better-sqlite3";
import type { OnboardingRecord } from "./record.js";
import type { OnboardingStore } from "./store.js";

/**
 * The single-instance store: SQLite through better-sqlite3 (a file that survives a restart; WAL, so a crash never
 * leaves half a write). Synchronous calls behind the async interface: each is one short statement.
 */
/** Loaded when the store is made: a gateway without Embedded Signup (or with Redis) never loads the native module. */
const load = createRequire(import.meta.url);

export class SqliteStore implements OnboardingStore {
  private readonly db: Database.Database;

  constructor(path: string, private readonly now: () => number = Date.now) {
    // The default ./data/ need not exist yet.
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    const Sqlite = load("better-sqlite3") as typeof Database;
    this.db = new Sqlite(path);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS onboardings (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        record TEXT NOT NULL,
        UNIQUE (owner, idempotency_key)
      );
      CREATE INDEX IF NOT EXISTS onboardings_created ON onboardings (created_at DESC);
      CREATE TABLE IF NOT EXISTS leases (id TEXT PRIMARY KEY, holder TEXT NOT NULL, until INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS tokens (waba_id TEXT PRIMARY KEY, sealed TEXT NOT NULL, updated_at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS grants (owner TEXT NOT NULL, waba_id TEXT NOT NULL, PRIMARY KEY (owner, waba_id));
    `);
  }

  async create(record: OnboardingRecord): Promise<{ record: OnboardingRecord; created: boolean }> {
    const inserted = this.db
      .prepare("INSERT OR IGNORE INTO onboardings (id, owner, idempotency_key, state, created_at, record) VALUES (?, ?, ?, ?, ?, ?)")
      .run(record.id, record.owner, record.idempotencyKey, record.state, record.createdAt, JSON.stringify(record));
    if (inserted.changes === 1) return { record, created: true };
    const row = this.db.prepare("SELECT record FROM onboardings WHERE owner = ? AND idempotency_key = ?").get(record.owner, record.idempotencyKey) as { record: string };
    return { record: JSON.parse(row.record) as OnboardingRecord, created: false };
  }

  async get(id: string): Promise<OnboardingRecord | undefined> {
    const row = this.db.prepare("SELECT record FROM onboardings WHERE id = ?").get(id) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as OnboardingRecord) : undefined;
  }

  async put(record: OnboardingRecord): Promise<void> {
    this.db.prepare("UPDATE onboardings SET state = ?, record = ? WHERE id = ?").run(record.state, JSON.stringify(record), record.id);
  }

  async list(filter: { state?: string; limit: number; before?: number }): Promise<OnboardingRecord[]> {
    const rows = this.db
      .prepare("SELECT record FROM onboardings WHERE (? IS NULL OR state = ?) AND created_at < ? ORDER BY created_at DESC, id DESC LIMIT ?")
      .all(filter.state ?? null, filter.state ?? null, filter.before ?? Number.MAX_SAFE_INTEGER, filter.limit) as { record: string }[];
    return rows.map((r) => JSON.parse(r.record) as OnboardingRecord);
  }

  async lease(id: string, holder: string, ms: number): Promise<boolean> {
    const now = this.now();
    // One statement: taken when free, expired or already this holder's.
    const taken = this.db
      .prepare("INSERT INTO leases (id, holder, until) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET holder = excluded.holder, until = excluded.until WHERE leases.until < ? OR leases.holder = excluded.holder")
      .run(id, holder, now + ms, now);
    return taken.changes === 1;
  }

  async release(id: string, holder: string): Promise<void> {
    this.db.prepare("DELETE FROM leases WHERE id = ? AND holder = ?").run(id, holder);
  }

  async grant(owner: string, wabaId: string): Promise<void> {
    this.db.prepare("INSERT OR IGNORE INTO grants (owner, waba_id) VALUES (?, ?)").run(owner, wabaId);
  }

  async grants(): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const row of this.db.prepare("SELECT owner, waba_id FROM grants").all() as { owner: string; waba_id: string }[]) {
      out.set(row.owner, [...(out.get(row.owner) ?? []), row.waba_id]);
    }
    return out;
  }

  async putToken(wabaId: string, sealed: string): Promise<void> {
    this.db.prepare("INSERT INTO tokens (waba_id, sealed, updated_at) VALUES (?, ?, ?) ON CONFLICT (waba_id) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at").run(wabaId, sealed, this.now());
  }

  async token(wabaId: string): Promise<string | undefined> {
    return (this.db.prepare("SELECT sealed FROM tokens WHERE waba_id = ?").get(wabaId) as { sealed: string } | undefined)?.sealed;
  }

  async tokens(): Promise<Map<string, string>> {
    const rows = this.db.prepare("SELECT waba_id, sealed FROM tokens").all() as { waba_id: string; sealed: string }[];
    return new Map(rows.map((r) => [r.waba_id, r.sealed]));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
