import type { DeliveryEvent, DeliveryEventOutcome } from '../functions/core/delivery-events';
import { errorName, type Logger } from '../functions/core/logger';

const SIMULATOR_DOMAIN = 'simulator.amazonses.com';

/**
 * What SES's mailbox simulator answers for each of its addresses (a `+label` after the name is
 * allowed, as SES allows it): the events the platform records. Other addresses get no event
 * locally, as aws-ses-v2-local delivers nothing.
 */
const SIMULATED: Record<string, Array<Pick<DeliveryEvent, 'type' | 'bounceType'>>> = {
  success: [{ type: 'DELIVERY' }],
  bounce: [{ type: 'BOUNCE', bounceType: 'Permanent' }],
  suppressionlist: [{ type: 'BOUNCE', bounceType: 'Permanent' }],
  complaint: [{ type: 'DELIVERY' }, { type: 'COMPLAINT' }],
};

/** The events SES would send for a message to `to`; none for an address off the simulator. */
export function simulatedEvents(to: string): Array<Pick<DeliveryEvent, 'type' | 'bounceType'>> {
  const [local, domain] = to.toLowerCase().split('@');
  if (domain !== SIMULATOR_DOMAIN) return [];
  return SIMULATED[local.split('+')[0]] ?? [];
}

interface StoredEmail {
  messageId: string;
  destination: { to: string[] };
}

/** Tries for a message whose email is not found yet (its lookup is written just after the send) before giving up on it. */
const ATTEMPTS = 50;

export interface SimulatedDeliveryEvents {
  stop: () => Promise<void>;
}

/**
 * The local stand-in for SES's event destination: reads what the local SES accepted and feeds
 * the simulator's events to the same recordDeliveryEvent the cloud's function runs.
 */
export function startSimulatedDeliveryEvents(options: {
  sesEndpoint: string;
  record: (event: DeliveryEvent) => Promise<DeliveryEventOutcome>;
  clock: { now(): Date };
  logger: Logger;
  intervalMs?: number;
}): SimulatedDeliveryEvents {
  const done = new Set<string>();
  const tries = new Map<string, number>();
  let running: Promise<void> | undefined;
  let stopped = false;

  const feed = async (email: StoredEmail) => {
    const events = email.destination.to.flatMap(simulatedEvents);
    if (events.length === 0) {
      done.add(email.messageId);
      return;
    }
    for (const event of events) {
      const outcome = await options.record({ ...event, messageId: email.messageId, at: options.clock.now().toISOString() });
      if (outcome === 'UNKNOWN_MESSAGE') {
        const count = (tries.get(email.messageId) ?? 0) + 1;
        tries.set(email.messageId, count);
        if (count >= ATTEMPTS) done.add(email.messageId);
        return;
      }
    }
    done.add(email.messageId);
  };

  const poll = async () => {
    try {
      const res = await fetch(`${options.sesEndpoint}/store`);
      const { emails } = (await res.json()) as { emails: StoredEmail[] };
      for (const email of emails) if (!done.has(email.messageId)) await feed(email);
    } catch (error) {
      options.logger.warn('delivery_events.simulation_failed', { errorName: errorName(error) });
    }
  };

  const timer = setInterval(() => {
    // One poll at a time: a slow one is not queued behind.
    if (stopped || running) return;
    running = poll().finally(() => (running = undefined));
  }, options.intervalMs ?? 200);
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
