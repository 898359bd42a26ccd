export { actionForm, postSigned, signSlackBody } from "../../src/adapters/slack/testing/sign-slack-request.js";
