/** Branded ids: a UserId cannot be passed where a PartnerId is expected. */
export type Brand<T, B extends string> = T & { readonly __brand: B };

export type UserId = Brand<string, 'UserId'>;
export type PartnerId = Brand<string, 'PartnerId'>;
export type PartnerAdminId = Brand<string, 'PartnerAdminId'>;
export type PartnerAccessId = Brand<string, 'PartnerAccessId'>;
export type FeatureId = Brand<string, 'FeatureId'>;
export type PartnerFeatureId = Brand<string, 'PartnerFeatureId'>;
export type CourseId = Brand<string, 'CourseId'>;
export type SessionId = Brand<string, 'SessionId'>;
export type CourseUserId = Brand<string, 'CourseUserId'>;
export type SessionUserId = Brand<string, 'SessionUserId'>;
export type TherapySessionId = Brand<string, 'TherapySessionId'>;
export type ResourceId = Brand<string, 'ResourceId'>;
export type ResourceUserId = Brand<string, 'ResourceUserId'>;
export type SessionFeedbackId = Brand<string, 'SessionFeedbackId'>;
export type ResourceFeedbackId = Brand<string, 'ResourceFeedbackId'>;
export type EventLogId = Brand<string, 'EventLogId'>;
export type SubscriptionId = Brand<string, 'SubscriptionId'>;
export type SubscriptionUserId = Brand<string, 'SubscriptionUserId'>;
