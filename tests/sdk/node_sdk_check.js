// The official Node SDK (npm "cronofy"), pointed at cronofy-sandbox, must work unchanged: this script drives
// every call the console uses and exits non-zero on the first difference. Run by run-node-sdk-check.sh.
'use strict';
const assert = require('assert');
const axios = require('axios');
const Cronofy = require('cronofy');

const baseUrl = process.argv[2];
const adminKey = process.env.SANDBOX_ADMIN_KEY; // not argv: keys never go on a command line
assert(baseUrl && adminKey, 'usage: SANDBOX_ADMIN_KEY=... node node_sdk_check.js BASE_URL');

async function main() {
  // No SDK but C# has the Admin API call; the body and header are the documented ones.
  const created = await axios.post(`${baseUrl}/v1/applications`,
    { name: 'SDK check', url: 'https://sdk.example' },
    { headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' } });
  const { client_id, client_secret } = created.data.oauth_client;
  assert.ok(client_id && client_secret, 'the application has credentials');

  const client = new Cronofy({ client_id, client_secret, data_center: 'uk' });
  assert.strictEqual(client.urls.api, 'https://api-uk.cronofy.com', 'the SDK builds the documented host');
  client.urls.api = baseUrl; // the only change an SDK user makes to use the sandbox

  // The SDK sends "Authorization: Bearer undefined" here; Cronofy ignores it, so must the sandbox.
  const first = await client.applicationCalendar({ application_calendar_id: 'sdk-room-1' });
  assert.match(first.sub, /^apc_/, 'sub starts with apc_');
  assert.strictEqual(first.token_type, 'bearer');
  assert.strictEqual(first.access_token.length, 32);
  assert.strictEqual(first.expires_in, 3600);
  assert.strictEqual(first.linking_profile.provider_name, 'cronofy');
  const again = await client.applicationCalendar({ application_calendar_id: 'sdk-room-1' });
  assert.strictEqual(again.sub, first.sub, 'provisioning the same id again returns the same calendar');

  const info = await client.userInfo({ access_token: again.access_token });
  assert.strictEqual(info.sub, first.sub, 'userinfo names the calendar');
  const listed = await client.listCalendars({ access_token: again.access_token });
  assert.strictEqual(listed.calendars.length, 1, 'an application calendar has exactly one calendar');

  const refreshed = await client.refreshAccessToken({ refresh_token: again.refresh_token });
  assert.strictEqual(refreshed.access_token.length, 32);
  await assert.rejects(client.refreshAccessToken({ refresh_token: 'x'.repeat(32) }),
    (err) => err.statusCode === 400 && /invalid_grant/.test(err.message), 'an unknown refresh token: 400 invalid_grant');

  await client.revokeAuthorization({ token: refreshed.refresh_token });
  await assert.rejects(client.userInfo({ access_token: refreshed.access_token }),
    (err) => err.statusCode === 401, "a revoked calendar's token gives 401");

  const wrong = new Cronofy({ client_id, client_secret: 'not-the-secret' });
  wrong.urls.api = baseUrl;
  await assert.rejects(wrong.applicationCalendar({ application_calendar_id: 'sdk-room-2' }),
    (err) => err.statusCode === 401, 'bad credentials give 401');
  await assert.rejects(client.applicationCalendar({ application_calendar_id: '' }),
    (err) => err.statusCode === 422 && err.error.entity.errors.application_calendar_id !== undefined,
    "a missing id gives Cronofy's 422 shape");
  console.log('The Node SDK worked unchanged against the sandbox.');
}

main().catch((err) => {
  console.error(`SDK check failed: ${err.message}`);
  process.exit(1);
});
