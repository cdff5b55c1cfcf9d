import { App } from 'aws-cdk-lib';
import { addRegionalStacks } from './regional-stacks';

// The CDK CLI's entry point (cdk.json "app"); the CLI synthesizes the app when this exits.
addRegionalStacks(new App());
