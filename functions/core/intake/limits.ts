/** Documented input limits (also in schema.graphql descriptions and the README). */
export const LIMITS = {
  name: 200,
  email: 254,
  postalAddress: 500,
  respondentName: 200,
  respondentAddress: 500,
  category: 100,
  product: 100,
  region: 100,
  facts: 5000,
  remedyRequested: 2000,
  phoneDigitsMin: 7,
  phoneDigitsMax: 15,
} as const;
