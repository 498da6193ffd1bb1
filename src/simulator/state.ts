/** The simulator's in-memory Graph objects, as Meta stores them (wire field names). */
export type WireObject = Record<string, unknown> & { id: string };

export interface SimWaba {
  fields: WireObject;
  phoneIds: string[];
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
}

export interface SimulatorState {
  phones: Map<string, WireObject>;
  wabas: Map<string, SimWaba>;
  secrets: Map<string, PhoneSecrets>;
  /** The simulator's clock (tests move it). */
  now: () => number;
}

export function createState(): SimulatorState {
  return { phones: new Map(), wabas: new Map(), secrets: new Map(), now: () => Date.now() };
}

export function secretsOf(state: SimulatorState, id: string): PhoneSecrets {
  let s = state.secrets.get(id);
  if (!s) {
    s = { registrationCalls: [] };
    state.secrets.set(id, s);
  }
  return s;
}

export function addWaba(state: SimulatorState, fields: WireObject): SimWaba {
  const waba = { fields, phoneIds: [] };
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
