import { newCorrelationId, withCorrelationId } from '../adapters/observability/correlation';
import { observed } from '../adapters/observability/handler';
import { ConfigurationError, configFromEnvironment } from '../config/environment';
import { createInboundEmailService } from '../wiring/inbound';
import { sesReceiptHandler } from './ses-receipt';

const config = configFromEnvironment();
const intake = createInboundEmailService(config);
// The stack deploys this function only for a region that takes email in: without its settings it must fail loudly, not drop mail.
if (!intake) throw new ConfigurationError('The inbound function needs INBOUND_ADDRESS, ACCESS_CODE_SECRET_ARN and FILES_BUCKET.');

// Each message is a request of its own: the complaint it makes or joins, and the workflow that starts, carry its correlation id.
export const handler = observed(sesReceiptHandler(config, (email) => withCorrelationId(newCorrelationId(), () => intake.receive(email))));
