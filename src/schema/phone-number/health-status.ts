import type { HealthEntityWire, HealthErrorWire, HealthStatusWire } from "../../graph-api/types.js";
import { builder, forwardEnum } from "../builder.js";

const CanSendMessage = forwardEnum("CanSendMessage", "Whether messages can be sent.", {
  AVAILABLE: "Messages can be sent.",
  LIMITED: "Messages can be sent with limits.",
  BLOCKED: "Messages cannot be sent.",
});

const HealthEntityType = forwardEnum("HealthEntityType", "The kind of object a health entry is about.", {
  PHONE_NUMBER: "The phone number.",
  WABA: "The WhatsApp Business Account.",
  BUSINESS: "The business portfolio.",
  APP: "The app.",
  MESSAGE_TEMPLATE: "A message template.",
});

const HealthError = builder.objectRef<HealthErrorWire>("HealthStatusError").implement({
  description: "Why an entity cannot send, and what to do.",
  fields: (t) => ({
    errorCode: t.int({ description: "Meta's error code.", nullable: true, resolve: (e) => e.error_code ?? null }),
    errorDescription: t.string({ description: "What is wrong.", nullable: true, resolve: (e) => e.error_description ?? null }),
    possibleSolution: t.string({ description: "What to do about it.", nullable: true, resolve: (e) => e.possible_solution ?? null }),
  }),
});

const HealthEntity = builder.objectRef<HealthEntityWire>("HealthStatusEntity").implement({
  description: "The messaging health of one object in the chain (number, WABA, business, app).",
  fields: (t) => ({
    entityType: t.field({ type: HealthEntityType.ref, description: "What kind of object this is.", nullable: true, resolve: (e) => HealthEntityType.read(e.entity_type) }),
    id: t.id({ description: "The object's Graph API ID.", nullable: true, resolve: (e) => e.id ?? null }),
    canSendMessage: t.field({ type: CanSendMessage.ref, description: "Whether this object allows sending.", nullable: true, resolve: (e) => CanSendMessage.read(e.can_send_message) }),
    errors: t.field({ type: [HealthError], description: "Problems that limit or block sending.", resolve: (e) => e.errors ?? [] }),
  }),
});

export const HealthStatus = builder.objectRef<HealthStatusWire>("HealthStatus").implement({
  description: "Whether the number can send messages, and what blocks it (`health_status`).",
  fields: (t) => ({
    canSendMessage: t.field({ type: CanSendMessage.ref, description: "Overall: the most limiting status of all entities.", nullable: true, resolve: (h) => CanSendMessage.read(h.can_send_message) }),
    entities: t.field({ type: [HealthEntity], description: "Each object in the chain and its status.", resolve: (h) => h.entities ?? [] }),
  }),
});
