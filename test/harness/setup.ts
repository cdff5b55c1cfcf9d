import { isPlatformLogLine } from '../../functions/adapters/observability/log-lines';

// Each test file starts its own local parts; the SDK's Node 20 notice is noise there.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
// The platform's log lines (Powertools Logger writes straight to stdout and stderr, which
// `jest --silent` does not hold back) are for CloudWatch; in tests they are noise, left out here.
// A test that reads them captures the streams over this (test/harness/captured-output.ts).
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    if (!isPlatformLogLine(chunk)) return write(chunk, ...rest);
    const done = rest.find((r): r is () => void => typeof r === 'function');
    done?.();
    return true;
  };
}
