/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  setupFiles: ['<rootDir>/test/harness/setup.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/harness/stop-stacks.ts'],
  // Integration tests start Java and servers; two workers fit this 2-core machine.
  maxWorkers: 2,
  testTimeout: 60_000,
};
