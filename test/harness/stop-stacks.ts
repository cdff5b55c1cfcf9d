import { stopStartedStacks } from './local-stack';

// After each test file, whatever its own hooks did or timed out on.
afterAll(() => stopStartedStacks());
