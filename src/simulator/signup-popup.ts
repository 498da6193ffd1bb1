/**
 * The demo's stand-in for Meta's Embedded Signup popup: a page on the simulator that, on Finish, mints a customer
 * (POST /__simulator/embedded-signup) and posts to the opener what Meta's flow hands a partner page: the finish
 * message (`type: "WA_EMBEDDED_SIGNUP"`, as a JSON string, like Meta's) and the code (Meta returns it through
 * FB.login's callback; here a `STAND_IN_AUTH_RESPONSE` message). Cancel posts Meta's CANCEL message with the step.
 */
export function signupPopup(openerOrigin: string): string {
  const target = JSON.stringify(openerOrigin);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Embedded Signup (simulator)</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem}button{font:inherit;margin:.25rem;padding:.5rem 1rem}</style></head>
<body>
<h1>Embedded Signup</h1>
<p>The simulator plays Meta's popup: pick how the customer finishes.</p>
<label>Ending <select id="event">
  <option value="FINISH">FINISH (a Cloud API number)</option>
  <option value="FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING">FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING (coexistence)</option>
  <option value="FINISH_ONLY_WABA">FINISH_ONLY_WABA</option>
</select></label>
<p><button id="finish">Finish</button><button id="cancel">Cancel</button></p>
<script>
  const target = ${target};
  const send = (message) => window.opener && window.opener.postMessage(typeof message === "string" ? message : JSON.stringify(message), target);
  document.getElementById("finish").onclick = async () => {
    const res = await fetch("/__simulator/embedded-signup", { method: "POST", body: JSON.stringify({ event: document.getElementById("event").value }) });
    const { code, message } = await res.json();
    send(message);
    send({ type: "STAND_IN_AUTH_RESPONSE", code });
  };
  document.getElementById("cancel").onclick = () => {
    send({ type: "WA_EMBEDDED_SIGNUP", event: "CANCEL", data: { current_step: "PHONE_NUMBER_VERIFICATION" } });
    window.close();
  };
</script>
</body></html>`;
}
