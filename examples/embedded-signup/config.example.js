// Production: serve this as config.js beside index.html, with your own values.
window.SIGNUP_CONFIG = {
  mode: "meta",
  // Meta's app and the Embedded Signup configuration (Facebook Login for Business → Configurations).
  appId: "<your app id>",
  configId: "<your configuration id>",
  graphVersion: "v26.0",
  // The gateway, and how this page authenticates to it (a partner frontend's JWT).
  graphql: "https://gateway.example.com/graphql",
  headers: { authorization: "Bearer <the signed-in user's JWT>" },
};
