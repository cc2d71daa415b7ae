import { SimplybookUnavailable } from '../../domain/therapy/therapy-errors.js';

/**
 * One HTTP exchange with Simplybook: its own deadline, no redirects (they would carry the token
 * elsewhere). Every failure becomes SimplybookUnavailable whose detail names the step and the
 * status or failure category only: bodies (client names, emails) and fetch errors (URLs) never
 * reach an error message or a log.
 */
export async function exchange(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: unknown },
  step: string,
  timeoutMs: number,
): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers: init.headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new SimplybookUnavailable(`Simplybook ${failure(error)} (${step})`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { status: response.status, body: null };
  }
  try {
    const text = await response.text();
    return { status: response.status, body: text.length === 0 ? null : (JSON.parse(text) as unknown) };
  } catch (error) {
    throw new SimplybookUnavailable(`Simplybook ${failure(error)} (${step})`);
  }
}

function failure(error: unknown): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return 'timed out';
  if (error instanceof SyntaxError) return 'sent a body that is not JSON';
  return 'could not be reached';
}
