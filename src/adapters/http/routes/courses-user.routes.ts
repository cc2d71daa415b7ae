import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { ListCourseProgress } from '../../../application/progress/list-course-progress.js';
import type { AppEnv } from '../app-env.js';
import { bearerSecurity } from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { courseProgressJson, CourseProgressSchema } from '../schemas/profile.schema.js';

export interface CoursesUserRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  listCourseProgress: ListCourseProgress;
}

/** GET /courses-user (SPEC 12.1): what the courses and session pages re-read after each change. */
export function coursesUserRoutes(deps: CoursesUserRouteDeps) {
  const list = createRoute({
    method: 'get',
    path: '/',
    tags: ['progress'],
    summary: 'The courses the caller started, each with its started sessions',
    description: 'The same list as the profile’s `courses`; every content status is listed.',
    middleware: [deps.auth] as const,
    security: bearerSecurity,
    responses: {
      200: jsonResponse(z.array(CourseProgressSchema), 'Course progress, oldest start first'),
      ...errorResponses(401, 403),
    },
  });
  return createRouter<AppEnv>().openapi(list, async (c) => {
    const courses = await deps.listCourseProgress.execute(c.get('actor').userId);
    return c.json(courses.map(courseProgressJson), 200);
  });
}
