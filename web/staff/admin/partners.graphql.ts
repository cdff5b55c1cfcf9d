import { graphql } from '../../generated';

export const PartnerApiKeysQuery = graphql(`
  query AdminPartnerApiKeys {
    partnerApiKeys {
      id
      partnerId
      name
      status
      createdAt
      rotatedAt
      revokedAt
    }
  }
`);

export const CreatePartnerApiKeyMutation = graphql(`
  mutation AdminCreatePartnerApiKey($partnerId: ID!, $name: String!) {
    createPartnerApiKey(partnerId: $partnerId, name: $name) {
      apiKey
      key {
        id
      }
    }
  }
`);

export const RotatePartnerApiKeyMutation = graphql(`
  mutation AdminRotatePartnerApiKey($id: ID!) {
    rotatePartnerApiKey(id: $id) {
      apiKey
      key {
        id
      }
    }
  }
`);

export const RevokePartnerApiKeyMutation = graphql(`
  mutation AdminRevokePartnerApiKey($id: ID!) {
    revokePartnerApiKey(id: $id) {
      id
      status
    }
  }
`);

export const WebhooksQuery = graphql(`
  query AdminWebhooks {
    webhooks {
      partnerId
      url
      createdAt
    }
  }
`);

export const RegisterWebhookMutation = graphql(`
  mutation AdminRegisterWebhook($partnerId: ID!, $url: String!, $secret: String!) {
    registerWebhook(partnerId: $partnerId, url: $url, secret: $secret) {
      partnerId
    }
  }
`);

export const DeleteWebhookMutation = graphql(`
  mutation AdminDeleteWebhook($partnerId: ID!) {
    deleteWebhook(partnerId: $partnerId)
  }
`);
