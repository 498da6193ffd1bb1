/** The simulator's in-memory Graph objects, as Meta stores them (wire field names). */
export type WireObject = Record<string, unknown> & { id: string };

export interface SimWaba {
  fields: WireObject;
  phoneIds: string[];
  /** Apps subscribed to the WABA's webhooks (`whatsapp_business_api_data`); Meta sends its webhooks to these only. */
  subscribedApps: SubscribedAppData[];
  /** The app's override_callback_uri for this WABA, when set. */
  overrideCallbackUri?: string;
}

export interface SubscribedAppData {
  id: string;
  name: string;
  link: string;
}

/** A business portfolio: the WABAs shared with it by clients, those it owns, and its pre-verified numbers. */
export interface SimBusiness {
  id: string;
  name: string;
  clientWabaIds: string[];
  ownedWabaIds: string[];
  preverifiedIds: string[];
}

/** A pre-verified number of a business (WhatsAppBusinessPreVerifiedPhoneNumber). */
export interface SimPreverified {
  /** `id`, `phone_number` (as Meta formats it), `code_verification_status`, the two times once verified. */
  fields: WireObject;
  businessId: string;
  /** When it was added (a number never verified leaves the pool 90 days later). */
  addedAt: number;
  /** When its verification lapses (90 days after the code was verified). */
  expiresAt?: number;
  pendingCode?: string;
}

/** What Meta knows of a number but never returns as a field. */
export interface PhoneSecrets {
  /** Two-step verification PIN. */
  pin?: string;
  /** The one-time code last sent by request_code. */
  pendingCode?: string;
  /** Times of register/deregister calls, for the 10-per-72-hours limit. */
  registrationCalls: number[];
  /** On-Premises client state. */
  onPremisesCode?: string;
  /** A migrated number: the number it moves from (removed from its WABA when this one registers). */
  migratedFrom?: string;
  /** Times of display-name change requests (10 per 30 days). */
  displayNameChanges: number[];
  /** Still on a WhatsApp account: Meta cannot create its certificate, and register answers 100/2388001. */
  onWhatsAppAccount?: boolean;
  /** Coexistence syncs asked for (each sync_type once). */
  syncsRequested: string[];
}

export interface SimulatorState {
  phones: Map<string, WireObject>;
  wabas: Map<string, SimWaba>;
  secrets: Map<string, PhoneSecrets>;
  businesses: Map<string, SimBusiness>;
  preverified: Map<string, SimPreverified>;
  /** Ids for objects Meta creates (numbers, pre-verified numbers). */
  nextId: number;
  /** The simulator's clock (tests move it). */
  now: () => number;
  /** Embedded Signup: codes, customers' tokens, credit-line allocations. */
  signup: SignupState;
}

/** Embedded Signup (graph-api.md §13.1–§13.2), as the simulator keeps it (simulator/embedded-signup.ts plays it). */
export interface SignupCode {
  wabaId: string;
  issuedAt: number;
  used: boolean;
  /** What debug_token shows: the WABA in granular scopes, or (as seen since June 2026) only an events scope. */
  scopesWithoutWaba: boolean;
}

export interface CustomerToken {
  wabaIds: string[];
  scopesWithoutWaba: boolean;
  issuedAt: number;
}

export interface Allocation {
  id: string;
  creditLineId: string;
  wabaId: string;
  currency: string;
  status: "ACTIVE" | "DELETED";
}

export interface SignupState {
  codes: Map<string, SignupCode>;
  /** Customers' business tokens: each reaches its WABA and that WABA's numbers. */
  tokens: Map<string, CustomerToken>;
  allocations: Map<string, Allocation>;
  /** System users assigned to each WABA (POST /{waba-id}/assigned_users). */
  assignedUsers: Map<string, Set<string>>;
}

export const createSignupState = (): SignupState => ({ codes: new Map(), tokens: new Map(), allocations: new Map(), assignedUsers: new Map() });

export function createState(): SimulatorState {
  return { phones: new Map(), wabas: new Map(), secrets: new Map(), businesses: new Map(), preverified: new Map(), nextId: 1, now: () => Date.now(), signup: createSignupState() };
}

/** A fresh Graph id for an object the simulator creates. */
export function newId(state: SimulatorState, prefix: string): string {
  const taken = (id: string) => state.phones.has(id) || state.wabas.has(id) || state.preverified.has(id) || state.businesses.has(id);
  let id: string;
  do id = `${prefix}${String(state.nextId++).padStart(16 - prefix.length, "0")}`;
  while (taken(id));
  return id;
}

export function secretsOf(state: SimulatorState, id: string): PhoneSecrets {
  let s = state.secrets.get(id);
  if (!s) {
    s = { registrationCalls: [], displayNameChanges: [], syncsRequested: [] };
    state.secrets.set(id, s);
  }
  return s;
}

export function addWaba(state: SimulatorState, fields: WireObject, subscribedApps: SubscribedAppData[] = []): SimWaba {
  const waba = { fields, phoneIds: [], subscribedApps };
  state.wabas.set(fields.id, waba);
  return waba;
}

export function addPhone(state: SimulatorState, wabaId: string, fields: WireObject): void {
  const waba = state.wabas.get(wabaId);
  if (!waba) throw new Error(`seed: unknown WABA ${wabaId}`);
  state.phones.set(fields.id, fields);
  waba.phoneIds.push(fields.id);
}

/** Meta's default order for the phone_numbers edge: newest `last_onboarded_time` first. */
export function phonesOfWaba(state: SimulatorState, wabaId: string): WireObject[] {
  const waba = state.wabas.get(wabaId);
  if (!waba) return [];
  return waba.phoneIds
    .map((id) => state.phones.get(id))
    .filter((p): p is WireObject => p !== undefined)
    .sort((a, b) => String(b.last_onboarded_time).localeCompare(String(a.last_onboarded_time)) || a.id.localeCompare(b.id));
}

/** The WABA holding a number, if any. */
export function wabaOfPhone(state: SimulatorState, phoneId: string): string | undefined {
  for (const [id, waba] of state.wabas) if (waba.phoneIds.includes(phoneId)) return id;
  return undefined;
}

/** Takes a number out of Meta's books (its WABA's list and the node). */
export function removePhone(state: SimulatorState, phoneId: string): void {
  const wabaId = wabaOfPhone(state, phoneId);
  const waba = wabaId ? state.wabas.get(wabaId) : undefined;
  if (waba) waba.phoneIds = waba.phoneIds.filter((id) => id !== phoneId);
  state.phones.delete(phoneId);
}
