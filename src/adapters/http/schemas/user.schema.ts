import { z } from '@hono/zod-openapi';
import { Uuid } from './common.js';

/**
 * Request bodies of SPEC.md section 5. Sign-up's email and password are plain strings here:
 * their rules answer specific codes (CREATE_USER_INVALID_EMAIL, CREATE_USER_WEAK_PASSWORD), so
 * the use case checks them. Unknown properties are stripped, never written.
 */
const Name = z.string().trim().min(1).max(200);
/**
 * Emails and access codes have rules with codes of their own (CREATE_/UPDATE_USER_INVALID_EMAIL,
 * SPEC 6.2), so the use case judges them and only a passing value (an email of at most 254
 * characters, a six-character code) reaches a column. This bound only refuses absurd sizes.
 */
export const JudgedLater = z.string().max(4096);
const Frequency = z.enum(['TWO_WEEKS', 'ONE_MONTH', 'TWO_MONTHS', 'NEVER']);
const Language = z
  .string()
  .trim()
  .max(16)
  .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, 'a language tag such as en or pt-BR')
  .openapi({ example: 'en' });

export const SignUpBody = z
  .object({
    name: Name,
    email: JudgedLater.openapi({ example: 'alex@example.com' }),
    password: z.string().max(4096),
    contactPermission: z.boolean(),
    serviceEmailsPermission: z.boolean().optional(),
    emailRemindersFrequency: Frequency.optional(),
    signUpLanguage: Language.optional(),
    // Checked by the access-code rules (SPEC 6.2), never by shape; null or "" counts as absent.
    partnerAccessCode: JudgedLater.nullish(),
    partnerId: Uuid.nullish(),
  })
  .openapi('SignUp');

const updateFields = {
  name: Name.optional(),
  email: JudgedLater.optional().openapi({ example: 'alex@example.com' }),
  contactPermission: z.boolean().optional(),
  serviceEmailsPermission: z.boolean().optional(),
  emailRemindersFrequency: Frequency.optional(),
  signUpLanguage: Language.optional(),
};

export const UpdateUserBody = z.object(updateFields).openapi('UpdateUser');

export const AdminUpdateUserBody = z
  .object({ ...updateFields, isSuperAdmin: z.boolean().optional(), isActive: z.boolean().optional() })
  .openapi('AdminUpdateUser');

/** The admin forms send `limit: '10'`: a number, or a string of digits meaning one. */
const wholeNumber = z.union([
  z.number(),
  z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
]);

export const SearchCriteria = z.object({
  email: z.string().trim().max(320).optional(),
  partnerAccess: z
    .object({ featureTherapy: z.boolean().optional(), active: z.boolean().optional() })
    .optional(),
  // The only filter on admins there is: having a partner_admin row, active or not.
  partnerAdmin: z.object({ partnerAdminId: z.literal('IS NOT NULL') }).optional(),
  include: z.array(z.enum(['partnerAccess', 'partnerAdmin'])).optional(),
  limit: wholeNumber.pipe(z.number().int().min(1).max(100)).default(10),
  offset: wholeNumber.pipe(z.number().int().min(0)).default(0),
});

/** `searchCriteria` is JSON inside the query string: parsed and validated here, so bad JSON is a 400 with issues. */
export const SearchQuery = z.object({
  searchCriteria: z
    .string()
    .max(4096)
    .optional()
    .transform((text, ctx) => {
      if (text === undefined) return {};
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'searchCriteria is not valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(SearchCriteria)
    .openapi({
      param: { name: 'searchCriteria', in: 'query' },
      type: 'string',
      description:
        'JSON: { email?, partnerAccess?: { featureTherapy?, active? }, partnerAdmin?: { partnerAdminId: "IS NOT NULL" }, include?: ["partnerAccess","partnerAdmin"], limit? (1–100, default 10; a number or digits), offset? }. ' +
        'A relation filter implies its include and lists only the matching accesses; an included relation without a filter lists all its rows.',
    }),
});
