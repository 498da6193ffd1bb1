import type { YogaServerInstance } from "graphql-yoga";
export function floorReader(simUrl: string, token: string): { read: (id: string) => Promise<Record<string, unknown>>; close: () => Promise<void> };
export function floorYoga(read: (id: string) => Promise<Record<string, unknown>>): YogaServerInstance<Record<string, unknown>, Record<string, unknown>>;
