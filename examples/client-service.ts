// An internal service using the gateway's typed client (`npm run example:client`): it lists the demo WABA's LIVE numbers
// with their certificates and name review, then walks the walkthrough number through verification, by persisted hash.
//   WABA_GATEWAY_URL  default http://localhost:4000/graphql (npm start's demo)
//   WABA_GATEWAY_KEY  an API key, when the gateway authenticates callers
import { createClient, NumbersOfWaba, RequestVerificationCode, VerifyCode, WabaGatewayError } from "waba-gateway/client";

const gateway = createClient({ url: process.env.WABA_GATEWAY_URL ?? "http://localhost:4000/graphql", apiKey: process.env.WABA_GATEWAY_KEY });
const DEMO_WABA = "102290129340398";
const WALKTHROUGH_NUMBER = "1500000000000001";

try {
  const { waba } = await gateway.request(NumbersOfWaba, { wabaId: DEMO_WABA, first: 5, accountMode: "LIVE" });
  console.log(`${waba?.name}: LIVE numbers`);
  for (const { node } of waba?.phoneNumbers.edges ?? []) {
    console.log(`  ${node.displayPhoneNumber}  ${node.verifiedName}  name ${node.nameStatus}  certificate ${node.certificate ? "yes" : "no"}  ${node.registration.state}`);
  }
  const sent = await gateway.request(RequestVerificationCode, { input: { phoneNumberId: WALKTHROUGH_NUMBER, codeMethod: "SMS", language: "en_US" } });
  console.log(`requestVerificationCode: ${sent.requestVerificationCode.__typename}`);
  const verified = await gateway.request(VerifyCode, { input: { phoneNumberId: WALKTHROUGH_NUMBER, code: "123456" } });
  const result = verified.verifyCode;
  if (result.__typename === "VerifyCodeSuccess") console.log(`verifyCode: ${result.phoneNumber?.registration.state}: ${result.phoneNumber?.registration.nextAction}`);
  else console.log(`verifyCode refused: ${result.__typename}: ${result.message}`);
} catch (e) {
  if (e instanceof WabaGatewayError) {
    console.error(`the gateway refused: ${e.codes.join(", ")}: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
