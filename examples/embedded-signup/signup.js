// The partner frontend's side of Embedded Signup (README: "Finishing Embedded Signup"). Copy and adapt:
// - config.js sets window.SIGNUP_CONFIG: { graphql, headers, mode: "meta" | "demo", appId, configId, graphVersion, simulator }
//   (in production: the gateway's URL, the caller's Authorization header, Meta's app id and Embedded Signup configuration id);
// - with mode "meta" it loads Meta's JavaScript SDK; in demo mode the simulator's stand-in popup plays Meta.
const config = window.SIGNUP_CONFIG ?? {};
const $ = (id) => document.getElementById(id);

/** Runs Embedded Signup and resolves with the code and the finish message, or rejects with the CANCEL message. */
function embeddedSignup() {
  return config.mode === "demo" ? standInSignup() : metaSignup();
}

/** Meta's way: FB.login with the configuration id; the finish message arrives as a message event from facebook.com. */
function metaSignup() {
  return new Promise((resolve, reject) => {
    let finish;
    let code;
    const done = () => finish && code && resolve({ code, finish });
    window.addEventListener("message", function onMessage(event) {
      if (!event.origin.endsWith("facebook.com")) return;
      let data;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      if (data.type !== "WA_EMBEDDED_SIGNUP") return;
      window.removeEventListener("message", onMessage);
      if (data.event === "CANCEL" || data.event === "ERROR") return reject(data);
      finish = data;
      done();
    });
    window.FB.login(
      (response) => {
        if (!response.authResponse?.code) return reject({ event: "CANCEL", data: {} });
        code = response.authResponse.code;
        done();
      },
      { config_id: config.configId, response_type: "code", override_default_response_type: true, extras: { setup: {} } },
    );
  });
}

/** Demo mode: the simulator's popup posts the same finish message, and the code, to this page. */
function standInSignup() {
  const simulator = new URL(config.simulator);
  const popup = window.open(`${simulator.origin}/__simulator/embedded-signup/popup?origin=${encodeURIComponent(location.origin)}`, "embedded-signup", "width=480,height=560");
  return new Promise((resolve, reject) => {
    let finish;
    let code;
    window.addEventListener("message", function onMessage(event) {
      if (event.origin !== simulator.origin) return;
      const data = typeof event.data === "string" ? JSON.parse(event.data) : event.data;
      if (data.type === "STAND_IN_AUTH_RESPONSE") code = data.code;
      if (data.type === "WA_EMBEDDED_SIGNUP") {
        if (data.event === "CANCEL" || data.event === "ERROR") {
          window.removeEventListener("message", onMessage);
          return reject(data);
        }
        finish = data;
      }
      if (finish && code) {
        window.removeEventListener("message", onMessage);
        popup?.close();
        resolve({ code, finish });
      }
    });
  });
}

async function graphql(query, variables) {
  const response = await fetch(config.graphql, {
    method: "POST",
    headers: { "content-type": "application/json", "x-graphql-yoga-csrf": "1", ...config.headers },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** onboardingProgress over Server-Sent Events (a POST with the CSRF header, so fetch rather than EventSource). */
async function follow(id, onEvent) {
  const response = await fetch(config.graphql, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", "x-graphql-yoga-csrf": "1", ...config.headers },
    body: JSON.stringify({ query: `subscription($id: ID!) { onboardingProgress(id: $id) { ${ONBOARDING} } }`, variables: { id } }),
  });
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block.split("\n").find((l) => l.startsWith("data:"));
      if (block.startsWith("event: next") && data) onEvent(JSON.parse(data.slice(5)).data?.onboardingProgress);
    }
  }
}

const ONBOARDING = "id state steps { kind status nextAction error { reason message } } phoneNumber { displayPhoneNumber status }";

function show(onboarding) {
  if (!onboarding) return;
  $("state").textContent = onboarding.state;
  $("steps").replaceChildren(
    ...onboarding.steps.map((s) => {
      const li = document.createElement("li");
      li.dataset.status = s.status;
      li.dataset.kind = s.kind;
      li.textContent = `${s.kind}: ${s.status}${s.error ? ` (${s.error.reason})` : ""}${s.nextAction ? ` — ${s.nextAction}` : ""}`;
      return li;
    }),
  );
  const number = onboarding.phoneNumber;
  if (number) $("message").textContent = `${number.displayPhoneNumber}: ${number.status}`;
}

$("connect").addEventListener("click", async () => {
  $("connect").disabled = true;
  $("message").textContent = "";
  try {
    const { code, finish } = await embeddedSignup();
    $("state").textContent = "starting";
    const input = {
      code,
      event: finish.event,
      wabaId: finish.data.waba_id,
      ...(finish.data.phone_number_id ? { phoneNumberId: finish.data.phone_number_id } : {}),
      ...(finish.data.business_id ? { businessId: finish.data.business_id } : {}),
      pin: $("pin").value,
      // A fresh key per attempt: a retry of this same request returns the same onboarding.
      idempotencyKey: crypto.randomUUID(),
    };
    const result = await graphql(
      `mutation($input: CompleteEmbeddedSignupInput!) { completeEmbeddedSignup(input: $input) {
         __typename ... on CompleteEmbeddedSignupSuccess { onboarding { ${ONBOARDING} } } ... on Error { message } } }`,
      { input },
    );
    const answer = result.data?.completeEmbeddedSignup;
    if (!answer?.onboarding) throw new Error(answer?.message ?? result.errors?.[0]?.message ?? "the gateway refused");
    show(answer.onboarding);
    // Not finished (a step waits, or runs elsewhere): follow it as it moves.
    if (answer.onboarding.state !== "COMPLETED" && answer.onboarding.state !== "FAILED") void follow(answer.onboarding.id, show);
  } catch (e) {
    const step = e?.data?.current_step;
    $("state").textContent = e?.event === "CANCEL" ? "cancelled" : "failed";
    $("message").textContent = step ? `The customer stopped at ${step}.` : e?.data?.error_message ?? e?.message ?? String(e);
  } finally {
    $("connect").disabled = false;
  }
});

if (config.mode !== "demo" && config.appId) {
  window.fbAsyncInit = () => window.FB.init({ appId: config.appId, autoLogAppEvents: true, xfbml: true, version: config.graphVersion ?? "v26.0" });
  const sdk = document.createElement("script");
  sdk.src = "https://connect.facebook.net/en_US/sdk.js";
  sdk.async = true;
  sdk.crossOrigin = "anonymous";
  document.head.append(sdk);
}
