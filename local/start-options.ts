/** Where `npm start` keeps what must outlive a restart. */
export const DATA_DIR = process.env.DATA_DIR ?? '.data/dynamodb';
/** The development token issuer's key, shared by `npm start` and `npm run token`. */
export const DEV_ISSUER_FILE = '.data/dev-issuer.json';
/** Where `npm start` builds the web apps (rebuilt at every start). */
export const WEB_DIR = '.data/web';
