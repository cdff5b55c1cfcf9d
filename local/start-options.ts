/** Where `npm start` keeps what must outlive a restart. */
export const DATA_DIR = process.env.DATA_DIR ?? '.data/dynamodb';
/** The development token issuer's key, shared by `npm start` and `npm run token`. */
export const DEV_ISSUER_FILE = '.data/dev-issuer.json';
/** Where `npm start` builds the web apps (rebuilt at every start). */
export const WEB_DIR = '.data/web';
/** The local SMTP server's port (mail to the inbound address goes there); 2525, as 25 needs root. */
export const SMTP_PORT = Number(process.env.SMTP_PORT ?? 2525);
