// Alibaba Cloud's official Node SDK client (@alicloud/openapi-client, V3 signature
// ACS3-HMAC-SHA256) calling Mobile3MetaVerifyIntl as the product SDK does, against the sandbox:
//   node sdkclient.js URL TOTAL CONCURRENCY
// Keeps CONCURRENCY calls in flight until TOTAL have finished, then prints one JSON line:
// {"results": n, "errors": n, "seconds": s, "cpuSeconds": s, "firstError": "..."}.
'use strict';

const OpenApi = require('@alicloud/openapi-client');
const Util = require('@alicloud/tea-util');

const [url, totalText, concurrencyText] = process.argv.slice(2);
const total = Number(totalText);
const concurrency = Number(concurrencyText);
const target = new URL(url);

const client = new OpenApi.default(new OpenApi.Config({
  accessKeyId: 'sandbox-access-key-id',
  accessKeySecret: 'sandbox-access-key-secret',
  endpoint: target.host,
  protocol: target.protocol.replace(':', ''),
}));
const params = new OpenApi.Params({
  action: 'Mobile3MetaVerifyIntl',
  version: '2022-08-09',
  protocol: 'HTTPS',
  pathname: '/',
  method: 'POST',
  authType: 'AK',
  style: 'RPC',
  reqBodyType: 'formData',
  bodyType: 'json',
});
const runtime = new Util.RuntimeOptions({ autoretry: false });

let started = 0;
let results = 0;
let errors = 0;
let firstError = '';

async function worker() {
  while (started < total) {
    ++started;
    const request = new OpenApi.OpenApiRequest({
      query: {
        ProductCode: 'MOBILE_3META',
        ParamType: 'normal',
        IdentifyNum: '11010519491231002X',
        UserName: '张三',
        Mobile: '13800138000',
      },
    });
    try {
      const reply = await client.callApi(params, request, runtime);
      if (reply && reply.body && reply.body.Code === 'Success' && reply.body.Result) {
        ++results;
      } else {
        ++errors;
        firstError = firstError || JSON.stringify(reply && reply.body);
      }
    } catch (e) {
      ++errors;
      firstError = firstError || String(e && e.message);
    }
  }
}

const cpu = process.cpuUsage();
const t0 = process.hrtime.bigint();
Promise.all(Array.from({ length: concurrency }, worker)).then(() => {
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const used = process.cpuUsage(cpu);
  process.stdout.write(JSON.stringify({
    results, errors, seconds, cpuSeconds: (used.user + used.system) / 1e6, firstError,
  }) + '\n');
});
