import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as ses from 'aws-cdk-lib/aws-ses';

/** SESv2 SendEmail authorizes against both the sending identity and the configuration set: both, and nothing else. */
export function grantSendEmail(grantee: iam.IGrantable, senderIdentity: ses.EmailIdentity, configurationSet: ses.ConfigurationSet): void {
  iam.Grant.addToPrincipal({
    grantee,
    actions: ['ses:SendEmail'],
    resourceArns: [
      senderIdentity.emailIdentityArn,
      Stack.of(senderIdentity).formatArn({ service: 'ses', resource: 'configuration-set', resourceName: configurationSet.configurationSetName }),
    ],
  });
}
