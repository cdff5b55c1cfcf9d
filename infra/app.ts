import { App } from 'aws-cdk-lib';
import { addNagChecks } from './nag';
import { addRegionalStacks } from './regional-stacks';

// The CDK CLI's entry point (cdk.json "app"); the CLI synthesizes the app when this exits.
// cdk-nag's AWS Solutions checks run on synthesis: an unacknowledged finding fails `cdk synth`.
const app = new App();
addRegionalStacks(app);
addNagChecks(app);
