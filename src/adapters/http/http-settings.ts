/** The configuration the HTTP edge needs, mapped from the app's config by infrastructure. */
export interface HttpSettings {
  /** null: any origin. */
  corsOrigins: string[] | null;
  storyblokWebhookSecret: string | null;
  zapierToken: string | null;
  rateLimit: number;
  accessCodeRateLimit: number;
  trustProxy: number;
}
